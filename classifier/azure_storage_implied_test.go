package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// TestAzureStorageAuthenticationFailedImplies403: Azure Storage always
// answers AuthenticationFailed with 403, so a tool's report that prints the
// error without the status still shows an authentication failure sent as
// 403; Azure.Identity's AuthenticationFailedException, another service's
// error, implies no such status (values are invented).
func TestAzureStorageAuthenticationFailedImplies403(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "an extension's error report without the status",
			paste: "Action: azureStorage.uploadFiles\nError type: AuthenticationFailed\n" +
				"Error Message: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\n" +
				"RequestId:7d1e2f3a-601e-0042-1c9b-5a7e3d000000\nTime:2025-02-11T08:15:42.1234567Z\n\nVersion: 0.16.1\nOS: linux\n",
			class: rule.Authentication, want: []string{"authn-failure-as-403"}},
		{name: "Azure.Identity's exception is not Azure Storage's 403",
			paste: "Unhandled exception. Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.\n" +
				"   at Azure.Identity.CredentialDiagnosticScope.FailWrapAndThrow(Exception ex)\n",
			class: rule.Authentication, not: []string{"authn-failure-as-403"}},
	})
}
