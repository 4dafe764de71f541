package parse

import "testing"

// TestDebugLoggerEchoesTheError: a CLI prints its error ("Error: <context>:
// <message>") and its debug logger prints the message it wrapped again
// under a source position and a bracketed level ("main.go:61: [debug]
// <message>"), before or after: one refusal, not two. Two debug records of
// two calls, and the same message for two resources, stay two. Every value
// is invented.
func TestDebugLoggerEchoesTheError(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		want        []int
	}{
		{"the error, then the debug record of the message it wraps",
			"```\n$ chartctl index fetch mirror --debug\nError: mirror \"https://charts.lindqvist.example/stable/\" cannot be used: could not download https://charts.lindqvist.example/stable/index.yaml : 403 Forbidden\n" +
				"cmd.go:112: [debug] could not download https://charts.lindqvist.example/stable/index.yaml : 403 Forbidden\nexample.test/chartctl/pkg/fetch.(*Getter).Get\n\texample.test/chartctl/pkg/fetch/get.go:58\n```\n",
			[]int{403}},
		{"the error, then the same message under the debug tag",
			"Error: pulling bundle: token request to https://oci.brandvold.example/auth/token?scope=repo%3Apull refused: 401 Unauthorized\n" +
				"main.go:47: [debug] pulling bundle: token request to https://oci.brandvold.example/auth/token?scope=repo%3Apull refused: 401 Unauthorized\n",
			[]int{401}},
		{"the debug record first, then the error that wraps it",
			"root.go:88: [debug] could not download https://charts.lindqvist.example/stable/index.yaml : 403 Forbidden\n" +
				"Error: mirror \"https://charts.lindqvist.example/stable/\" cannot be used: could not download https://charts.lindqvist.example/stable/index.yaml : 403 Forbidden\n",
			[]int{403}},
		{"two debug records of two downloads",
			"cmd.go:112: [debug] could not download https://charts.lindqvist.example/stable/index.yaml : 403 Forbidden\n" +
				"cmd.go:112: [debug] could not download https://charts.lindqvist.example/edge/index.yaml : 403 Forbidden\n",
			[]int{403, 403}},
	} {
		wantStatuses(t, c.name+": ", c.paste, c.want...)
	}
}
