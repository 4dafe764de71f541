package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestPythonFrameSourceIsNoBody: the line Python prints under a traceback's
// frame is the caller's source code; when it writes out a dict literal
// (the call's arguments), that object is no answer, and the exception at
// the end holds what the server said. Every value is invented.
func TestPythonFrameSourceIsNoBody(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "JSON-RPC refusal in the exception under a frame's dict literal",
			paste: "Traceback (most recent call last):\n" +
				"  File \"/opt/monitor/poller.py\", line 88, in poll\n" +
				"    {\"output\": [\"name\", \"state\"], \"limit\": 50\n" +
				"})\n" +
				"  File \"/opt/monitor/rpc.py\", line 212, in call\n" +
				"    raise RPCError(msg, reply['error']['code'])\n" +
				"monitor.rpc.RPCError: ('Error -32602: Invalid params., Not authorised. while sending {\"jsonrpc\": \"2.0\", \"method\": \"item.get\", \"id\": 3}', -32602)\n",
			class: rule.Authentication},
	})
}

// TestProductNamedBeforeServer: "connecting to <Product> server: …" is a
// sentence whose noun happens to be a header's name, as "to the server:"
// is; what follows is the error, not a Server field. Every value is
// invented.
func TestProductNamedBeforeServer(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a chat client's error naming its server",
			paste: "Loading /\nError connecting to Quillchat server: Invalid API key (fetch_rooms, subscribe).\n",
			class: rule.Authentication},
	})
}

// TestHeadingOverRequestLine: a heading that names a body ("Text:") over
// a console's line for a request ("POST https://… net::ERR_…") heads the
// request, not a body: the line is read as the request and its error.
// Every value is invented.
func TestHeadingOverRequestLine(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a blocker's cancellation under Text:",
			paste: "Console error:\n\nText:\n\n```\nVM88:1  POST https://telemetry.example-fjord.io/v2/events net::ERR_BLOCKED_BY_CLIENT\n" +
				"bundle.js:2 Telemetry: TypeError: Failed to fetch\n    at send (<anonymous>:1:3310)\n```\n",
			class: rule.Blocked},
	})
}

// TestIPythonFrameIsNoMarkup: IPython's (Jupyter's) traceback heads each
// frame with "<ipython-input-N-…> in <module>", which is no tag opening a
// page: the fault at the traceback's end is what the service answered.
// Every value is invented.
func TestIPythonFrameIsNoMarkup(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a SOAP client's fault in a notebook",
			paste: "Running the cell gives:\n\n" +
				"---------------------------------------------------------------------------\n" +
				"Fault                                     Traceback (most recent call last)\n" +
				"<ipython-input-7-0b1c2d3e4f5a> in <module>\n" +
				"----> 1 print(svc.service.GetRegions())\n\n" +
				"/opt/conda/lib/python3.9/site-packages/zeep/proxy.py in __call__(self, *args, **kwargs)\n" +
				"     46             kwargs,\n\n" +
				"Fault: An error occurred when verifying security for the message.\n",
			class: rule.Authentication},
	})
}
