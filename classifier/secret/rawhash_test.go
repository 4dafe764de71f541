package secret

import "testing"

// A '#' ends a URL's query value, not a password: a log prints a broker's
// or a database's URL with its password raw ("amqp://app:pa#ss@host"), and
// an object's printed fields keep the '#' in the value. A fragment after a
// query's token is still no part of it.
func TestHashInsideAPassword(t *testing.T) {
	for _, c := range []struct {
		name, text string
		secrets    []string
		keep       []string
	}{
		{"broker URL", "worker-1  | INFO celery.worker Connected to amqp://orders:Marmot#eEjdummyLFC38@rabbit.svc.cluster.local:5672//\n",
			[]string{"eEjdummyLFC38"}, []string{"rabbit.svc.cluster.local:5672"}},
		{"a password with '?'", "could not connect: postgresql://billing:Qx?7dummyPg2Lm@pg-primary:5432/billing?sslmode=require\n",
			[]string{"7dummyPg2Lm"}, []string{"sslmode=require"}},
		{"Kotlin data class", "E/Repo: login failed for LoginRequest(email=sam@example.no, password=Summer#wKIdummyfH87, deviceId=5b3e9c1a)\n",
			[]string{"wKIdummyfH87"}, []string{"deviceId=5b3e9c1a"}},
		{"a fragment after a query's token", "GET https://app.example.com/cb?token=Qx7dummyTOKEN9Lm2#section-two 401\n",
			[]string{"Qx7dummyTOKEN9Lm2"}, []string{"#section-two"}},
		{"a fragment in a URL without userinfo", "see https://docs.example.com:443/auth#tokens@v2 and https://x.example.com/a?b=c#d\n",
			nil, []string{"docs.example.com:443/auth#tokens@v2"}},
	} {
		checkMasked(t, c.name, c.text, c.secrets, c.keep)
	}
}
