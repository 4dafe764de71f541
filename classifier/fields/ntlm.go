package fields

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
)

// NTLMChallenge is what an NTLM type-2 (CHALLENGE) message says about the
// server that sent it ([MS-NLMP] §2.2.1.2). Servers put it, base64-encoded,
// in "WWW-Authenticate: NTLM <blob>" or inside a SPNEGO "Negotiate <blob>".
type NTLMChallenge struct {
	TargetName       string // the domain or server name the server authenticates for
	NetBIOSDomain    string // MsvAvNbDomainName
	NetBIOSComputer  string // MsvAvNbComputerName
	DNSDomain        string // MsvAvDnsDomainName
	DNSComputer      string // MsvAvDnsComputerName
	DNSTree          string // MsvAvDnsTreeName (the forest)
	OSVersion        string // "10.0.17763" when the version field is present
	Flags            uint32
	HasTargetInfo    bool
	HasVersionFields bool
}

// Errors DecodeNTLMChallenge returns.
var (
	ErrNTLMEncoding = errors.New("not base64")
	ErrNTLMNotType2 = errors.New("not an NTLM type-2 message")
	ErrNTLMShort    = errors.New("NTLM message truncated")
)

const (
	ntlmNegotiateUnicode = 0x00000001
	ntlmNegotiateVersion = 0x02000000
)

var ntlmSignature = []byte("NTLMSSP\x00")

// maxNTLMBlob bounds the blob we decode; real type-2 messages are a few hundred bytes.
const maxNTLMBlob = 16 << 10

// DecodeNTLMChallenge decodes a token68 blob. A SPNEGO-wrapped token (Negotiate)
// is searched for the NTLMSSP signature. A blob shortened by hand
// ("TlRMTVNTUAAC.....AAAA") or a type-1/type-3 message gives an error, never a panic.
func DecodeNTLMChallenge(token68 string) (*NTLMChallenge, error) {
	if len(token68) > maxNTLMBlob*4/3+4 {
		return nil, ErrNTLMShort
	}
	raw, err := base64.StdEncoding.DecodeString(token68)
	if err != nil {
		raw, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(token68, "="))
		if err != nil {
			return nil, ErrNTLMEncoding
		}
	}
	i := bytes.Index(raw, ntlmSignature)
	if i < 0 {
		return nil, ErrNTLMNotType2
	}
	m := raw[i:]
	if len(m) < 32 {
		return nil, ErrNTLMShort
	}
	if binary.LittleEndian.Uint32(m[8:12]) != 2 {
		return nil, ErrNTLMNotType2
	}
	c := &NTLMChallenge{Flags: binary.LittleEndian.Uint32(m[20:24])}
	unicode := c.Flags&ntlmNegotiateUnicode != 0
	if b, ok := secBuf(m, 12); ok {
		c.TargetName = ntlmString(b, unicode)
	} else {
		return nil, ErrNTLMShort
	}
	if len(m) >= 48 {
		if info, ok := secBuf(m, 40); ok && len(info) > 0 {
			c.HasTargetInfo = true
			readAVPairs(c, info)
		}
	}
	if c.Flags&ntlmNegotiateVersion != 0 && len(m) >= 56 {
		// Version: major, minor, build (LE uint16), 3 reserved bytes, revision.
		c.HasVersionFields = true
		c.OSVersion = fmt.Sprintf("%d.%d.%d", m[48], m[49], binary.LittleEndian.Uint16(m[50:52]))
	}
	return c, nil
}

// secBuf reads the security buffer (len, maxlen, offset) at off and returns
// the bytes it points at.
func secBuf(m []byte, off int) ([]byte, bool) {
	if off+8 > len(m) {
		return nil, false
	}
	n := int(binary.LittleEndian.Uint16(m[off : off+2]))
	start := int(binary.LittleEndian.Uint32(m[off+4 : off+8]))
	if n == 0 {
		return nil, true
	}
	if start < 0 || start > len(m) || n > len(m)-start {
		return nil, false
	}
	return m[start : start+n], true
}

func readAVPairs(c *NTLMChallenge, b []byte) {
	for len(b) >= 4 {
		id := binary.LittleEndian.Uint16(b[0:2])
		n := int(binary.LittleEndian.Uint16(b[2:4]))
		if id == 0 || n > len(b)-4 {
			return
		}
		v := ntlmString(b[4:4+n], true)
		switch id {
		case 1:
			c.NetBIOSComputer = v
		case 2:
			c.NetBIOSDomain = v
		case 3:
			c.DNSComputer = v
		case 4:
			c.DNSDomain = v
		case 5:
			c.DNSTree = v
		}
		b = b[4+n:]
	}
}

// ntlmString decodes UTF-16LE (or OEM bytes, read as Latin-1) and drops
// anything unprintable, so a hostile blob cannot inject control characters.
func ntlmString(b []byte, unicode bool) string {
	var rs []rune
	if unicode {
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(b[2*i:])
		}
		rs = utf16.Decode(u)
	} else {
		for _, c := range b {
			rs = append(rs, rune(c))
		}
	}
	var sb strings.Builder
	for _, r := range rs {
		if r >= 0x20 && r != 0x7f && r != 0xfffd && !(r >= 0x80 && r < 0xa0) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// Names lists the internal names the challenge reveals, as "label value"
// pairs in a fixed order, skipping empty and repeated values.
func (c *NTLMChallenge) Names() [][2]string {
	var out [][2]string
	seen := map[string]bool{}
	add := func(label, v string) {
		if v == "" || seen[strings.ToLower(label+"\x00"+v)] {
			return
		}
		seen[strings.ToLower(label+"\x00"+v)] = true
		out = append(out, [2]string{label, v})
	}
	add("target", c.TargetName)
	add("NetBIOS domain", c.NetBIOSDomain)
	add("NetBIOS computer", c.NetBIOSComputer)
	add("DNS domain", c.DNSDomain)
	add("DNS computer", c.DNSComputer)
	add("DNS tree", c.DNSTree)
	return out
}
