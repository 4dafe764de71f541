package parse

import (
	"strings"
	"testing"
)

// TestXMLDocumentsEachTheirOwn: an XML document has one root element, so two
// error documents pasted one under the other (two S3 errors, two SOAP
// faults a client logged one per line) are two responses, while a SOAP request envelope
// followed by the fault it got is one call: the first envelope is what was
// sent. Re-created pastes, values invented.
func TestXMLDocumentsEachTheirOwn(t *testing.T) {
	two := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>7QK2M9</RequestId></Error>\n\n" +
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><RequestId>R81ZC4</RequestId></Error>\n"
	in, err := Parse(two)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want 2 (one per XML document)", len(in.Exchanges))
	}
	if b := in.Exchanges[1].Response.Body.Text; !strings.Contains(b, "InvalidAccessKeyId") || strings.Contains(b, "AccessDenied") {
		t.Errorf("second body %q", b)
	}

	faults := "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>The session is not authenticated.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>\n" +
		"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>Permission to perform this operation was denied.</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>\n"
	if in, err = Parse(faults); err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 2 {
		t.Fatalf("%d exchanges, want 2 (one per SOAP fault)", len(in.Exchanges))
	}

	call := "//request\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:urn=\"urn:Docs.service.example.com\">\n   <soapenv:Body>\n      <urn:Login>\n         <urn:user>reader7</urn:user>\n         <urn:password>Sample.Pw.22</urn:password>\n      </urn:Login>\n   </soapenv:Body>\n</soapenv:Envelope>\n" +
		"//response\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">\n   <s:Body>\n      <s:Fault>\n         <faultcode>a:LoginFailed</faultcode>\n         <faultstring xml:lang=\"en-US\">Invalid username/password specified.</faultstring>\n      </s:Fault>\n   </s:Body>\n</s:Envelope>\n"
	if in, err = Parse(call); err != nil {
		t.Fatal(err)
	}
	if len(in.Exchanges) != 1 {
		t.Fatalf("%d exchanges, want 1 (the request envelope and its fault)", len(in.Exchanges))
	}
	x := in.Exchanges[0]
	if !strings.Contains(x.Response.Body.Text, "LoginFailed") || strings.Contains(x.Response.Body.Text, "urn:Login") {
		t.Errorf("response body %q", x.Response.Body.Text)
	}
	if x.Request == nil || !strings.Contains(x.Request.Body.Text, "urn:Login") {
		t.Errorf("request %+v, want the first envelope as its body", x.Request)
	}
}
