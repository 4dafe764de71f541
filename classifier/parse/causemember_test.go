package parse

import "testing"

// TestNodeCauseMemberIsTheSameFailure: Node prints an error's cause inside
// the error object ("cause: FetchError: [POST] "https://h/x": 401 …"), the
// same error line again with its request in it: one failed call, not a
// second one (values are invented).
func TestNodeCauseMemberIsTheSameFailure(t *testing.T) {
	text := "Any idea?\n\n```\n" +
		"[request error] [unhandled] [GET] http://shop.example.app/auth/forge?code=8c1f2a9e4d\n" +
		"  FetchError: [POST] \"https://forge.example.com/login/oauth/access_token\": 401 Unauthorized\n" +
		"     at processTicksAndRejections (node:internal/process/task_queues:95:5)\n" +
		"     at Server.toNodeHandle (file://shop/.output/server/chunks/nitro/nitro.mjs:2702:7) {\n" +
		"   cause: FetchError: [POST] \"https://forge.example.com/login/oauth/access_token\": 401 Unauthorized\n" +
		"       at processTicksAndRejections (node:internal/process/task_queues:95:5)\n" +
		"       at Server.toNodeHandle (file://shop/.output/server/chunks/nitro/nitro.mjs:2702:7),\n" +
		"   statusCode: 401,\n   fatal: false,\n   statusMessage: 'Unauthorized',\n   data: { error: 'bad_client' }\n }\n```\n"
	wantStatuses(t, "an error and its cause member: ", text, 401)
}
