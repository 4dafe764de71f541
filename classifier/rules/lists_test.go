package rules

import "testing"

// The rules' tables that are lists (wordlist.Map) hold each word once.
func TestDemandListsOnce(t *testing.T) {
	for name, w := range map[string]string{"githubScopeParents": githubScopeParents.Repeated(), "audienceAliases": audienceAliases.Repeated(),
		"debugHeaders": debugHeaders.Repeated(), "backendHeaders": backendHeaders.Repeated(), "authorizeMeaning": authorizeMeaning.Repeated()} {
		if w != "" {
			t.Errorf("%s holds %q twice", name, w)
		}
	}
	if !hostMatches("myacct.blob.core.windows.net", "storage.azure.com") || hostMatches("example.com", "storage.azure.com") {
		t.Error("hostMatches does not read audienceAliases")
	}
	if !scopeGranted("read:org", map[string]bool{"admin:org": true}) || scopeGranted("read:org", map[string]bool{"repo": true}) {
		t.Error("scopeGranted does not read githubScopeParents")
	}
}
