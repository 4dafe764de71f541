package parse

import "testing"

// TestAcceptedCodesListIsNoStatus: a field whose value opens a list of
// codes (an Ansible task's "status_code": [, then 204 on the next line) says
// which statuses the client accepts; the status answered is the one its
// own field states. Every value is invented.
func TestAcceptedCodesListIsNoStatus(t *testing.T) {
	wantStatuses(t, "accepted list: ", `fatal: [gw02]: FAILED! => {
    "changed": false,
    "invocation": {
        "module_args": {
            "method": "DELETE",
            "status_code": [
                204
            ],
            "url": "https://inventory.fallowmere.example/api/hosts/17"
        }
    },
    "msg": "Status code was 403 and not [204]: HTTP Error 403: Forbidden",
    "status": 403,
    "url": "https://inventory.fallowmere.example/api/hosts/17"
}
`, 403)
}

// TestNoLogArgumentWasGiven: an Ansible task result prints each no_log
// argument of its module masked; a credential argument masked so was given
// to the module, which sent it (JSON and the YAML callback alike). An
// argument that is no credential gives nothing. Every value is invented.
func TestNoLogArgumentWasGiven(t *testing.T) {
	for _, c := range []struct {
		name, paste string
		sent        bool
	}{
		{"JSON result", `fatal: [app3]: FAILED! => {
    "changed": false,
    "invocation": {
        "module_args": {
            "force_basic_auth": true,
            "url": "https://ci.harrowgate.example/api/json",
            "url_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "url_username": "builder"
        }
    },
    "msg": "Status code was 401 and not [200]: HTTP Error 401: Unauthorized",
    "status": 401
}
`, true},
		{"YAML callback", `fatal: [app3]: FAILED! => changed=false
  invocation:
    module_args:
      client_secret: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
      url: https://ci.harrowgate.example/api/json
  msg: 'Status code was 401 and not [200]: HTTP Error 401: Unauthorized'
  status: 401
`, true},
		{"a masked argument that is no credential", `fatal: [app3]: FAILED! => {
    "invocation": {
        "module_args": {
            "body": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "url": "https://ci.harrowgate.example/api/json"
        }
    },
    "msg": "Status code was 401 and not [200]: HTTP Error 401: Unauthorized",
    "status": 401
}
`, false},
	} {
		if sent := anySent(t, c.paste); sent != c.sent {
			t.Errorf("%s: credentials sent %v, want %v", c.name, sent, c.sent)
		}
	}
}
