package planted

// The forms a probe of the real corpus found leaking (every output format
// run on every real paste, then every credential-like value of the input
// looked for in the outputs): long options named like a credential beyond
// the known list (--pw, --passphrase, --db-token), Clojure and EDN maps
// that write a header as a keyword and its value after a space
// (:set-cookie …, :authorization "…"), and code that builds Basic
// credentials by base64-encoding a literal "user:password" (PowerShell's
// GetBytes, Python's b64encode, JavaScript's btoa, Java's getBytes, a
// shell's echo piped to base64).

func probeForms(add func(string, func(g *gen) string)) {
	add("credential-named-options", func(g *gen) string {
		return "$ ./feedsync --user ops@example.com  --pw " + g.pw() + " --url https://feeds.example.com/\n" +
			"$ vaultctl unseal --passphrase \"" + g.dummy("correct horse %03d staple", 0) + "\" --db-token=" + g.tok("dbt") + " --signing-secret " + g.tok("sgs") + "\n" +
			"$ docker login --password-stdin registry.example.com\n" +
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"feeds\"\n"
	})
	add("clojure-keyword-map", func(g *gen) string {
		return "{:opts {:url https://api.example.com/v2/me, :method :get}, :status 401, :headers {:server nginx, :set-cookie __Host-sess=" + g.cookie() + "; Path=/; Secure, :date Sat, 05 Dec 2026 10:00:00 GMT}}\n" +
			"(client/get url {:headers {:authorization \"Bearer " + g.tok("clj") + "\", :x-api-key \"" + g.tok("cljk") + "\"}})\n" +
			"{:request {:cookie \"sid=" + g.cookie() + "\", :uri \"/me\"}}\n"
	})
	add("basic-built-in-code", func(g *gen) string {
		return "Invoke-RestMethod -Uri https://api.example.com/apps -Headers @{Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('admin:" + g.pw() + "'))}\n" +
			"auth = base64.b64encode(b\"svc:" + g.pw() + "\").decode()\n" +
			"const h = \"Basic \" + btoa(\"web:" + g.pw() + "\");\n" +
			"String enc = Base64.getEncoder().encodeToString(\"app:" + g.pw() + "\".getBytes());\n" +
			"$ echo -n 'ci:" + g.pw() + "' | base64\n" +
			"HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"api\"\n"
	})
}
