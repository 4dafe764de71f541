package flow

import "sync"

// inflate decodes a raw DEFLATE stream (RFC 1951), as the SAML redirect
// binding sends it, and returns at most limit bytes. It is here rather than
// compress/flate (about 20 KB gzip of the wasm module for one short message)
// and gives what io.ReadAll(io.LimitReader(flate.NewReader(…), limit)) gives:
// everything decoded before the first error, cut at limit, and ok false when
// an error came before limit bytes (readSAML looks at it only when nothing
// was decoded). compress/flate decodes a symbol of a
// dynamic block only once as many bits as the end-of-block code's length
// are available; this decoder does the same, so a cut stream yields the
// same bytes. FuzzInflate holds it equal to compress/flate.
func inflate(in []byte, limit int) (out []byte, ok bool) {
	d := inflater{in: in, limit: limit}
	for !d.failed && len(d.out) < limit {
		final, okb := d.bits(1)
		typ, okt := d.bits(2)
		if !okb || !okt {
			break
		}
		switch typ {
		case 0:
			d.stored()
		case 1:
			fixedOnce.Do(buildFixed)
			d.codes(&fixedLit, &fixedDist, 7)
		case 2:
			d.dynamic()
		default:
			d.failed = true
		}
		if final == 1 && !d.failed {
			return d.out[:min(len(d.out), limit)], true
		}
	}
	if len(d.out) >= limit {
		return d.out[:limit], true
	}
	return d.out, false
}

type inflater struct {
	in     []byte
	pos    int    // next byte of in
	bitbuf uint32 // bits read from in and not used, low first
	nbits  uint
	out    []byte
	limit  int
	failed bool
}

// avail is the number of bits left.
func (d *inflater) avail() int { return int(d.nbits) + 8*(len(d.in)-d.pos) }

func (d *inflater) bits(n uint) (uint32, bool) {
	for d.nbits < n {
		if d.pos == len(d.in) {
			d.failed = true
			return 0, false
		}
		d.bitbuf |= uint32(d.in[d.pos]) << d.nbits
		d.pos++
		d.nbits += 8
	}
	v := d.bitbuf & (1<<n - 1)
	d.bitbuf >>= n
	d.nbits -= n
	return v, true
}

// huffman is a canonical code: count[l] codes of length l, and the symbols
// ordered by code.
type huffman struct {
	count  [16]uint16
	symbol []uint16
	min    int // shortest length (raised to the end-of-block length for literals)
}

// build fills h from the code lengths; it fails, like compress/flate, on a
// code that is over-subscribed or incomplete, except a single code of
// length one; an empty code is allowed (using it is an error).
func (h *huffman) build(lengths []uint8) bool {
	*h = huffman{symbol: make([]uint16, 0, len(lengths))}
	maxLen := 0
	for _, l := range lengths {
		h.count[l]++
		if l != 0 && (h.min == 0 || int(l) < h.min) {
			h.min = int(l)
		}
		maxLen = max(maxLen, int(l))
	}
	h.count[0] = 0
	if maxLen == 0 {
		return true
	}
	code := 0
	for l := 1; l <= maxLen; l++ {
		code = code<<1 + int(h.count[l])
	}
	if code != 1<<maxLen && !(code == 1 && maxLen == 1) {
		return false
	}
	for l := 1; l <= maxLen; l++ {
		for s, sl := range lengths {
			if int(sl) == l {
				h.symbol = append(h.symbol, uint16(s))
			}
		}
	}
	return true
}

// decode reads one symbol, bit by bit (codes are sent most significant bit
// first); it fails when fewer than h.min bits are left, as compress/flate does.
func (d *inflater) decode(h *huffman) (int, bool) {
	if h.min == 0 || d.avail() < h.min {
		d.failed = true
		return 0, false
	}
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		b, ok := d.bits(1)
		if !ok {
			return 0, false
		}
		code |= int(b)
		n := int(h.count[l])
		if code-first < n {
			return int(h.symbol[index+code-first]), true
		}
		index += n
		first = (first + n) << 1
		code <<= 1
	}
	d.failed = true
	return 0, false
}

func (d *inflater) stored() {
	d.bitbuf, d.nbits = 0, 0
	if len(d.in)-d.pos < 4 {
		d.failed = true
		return
	}
	n := int(d.in[d.pos]) | int(d.in[d.pos+1])<<8
	nn := int(d.in[d.pos+2]) | int(d.in[d.pos+3])<<8
	d.pos += 4
	if n != ^nn&0xffff {
		d.failed = true
		return
	}
	if rest := len(d.in) - d.pos; rest < n {
		d.out = append(d.out, d.in[d.pos:]...)
		d.pos = len(d.in)
		d.failed = true
		return
	}
	d.out = append(d.out, d.in[d.pos:d.pos+n]...)
	d.pos += n
}

var (
	lenBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}

	// The fixed block's codes, built when a stream first has such a block
	// (a SAML redirect is rare in a paste: start-up does not pay for them).
	fixedLit, fixedDist huffman
	fixedOnce           sync.Once
)

func buildFixed() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	fixedLit.build(l[:])
	var dl [30]uint8
	for i := range dl {
		dl[i] = 5
	}
	fixedDist.build(dl[:])
}

// codes decodes the symbols of one compressed block.
func (d *inflater) codes(lit, dist *huffman, _ int) {
	for len(d.out) < d.limit {
		sym, ok := d.decode(lit)
		if !ok {
			return
		}
		switch {
		case sym < 256:
			d.out = append(d.out, byte(sym))
			continue
		case sym == 256:
			return
		case sym > 285:
			d.failed = true
			return
		}
		sym -= 257
		e, ok := d.bits(uint(lenExtra[sym]))
		if !ok {
			return
		}
		n := int(lenBase[sym]) + int(e)
		var ds int
		if dist == &fixedDist {
			// compress/flate reads a fixed block's distance as 5 bits, reversed.
			v, ok := d.bits(5)
			if !ok {
				return
			}
			ds = int(v&1<<4 | v&2<<2 | v&4 | v&8>>2 | v&16>>4)
		} else if ds, ok = d.decode(dist); !ok {
			return
		}
		if ds >= 30 {
			d.failed = true
			return
		}
		ex := uint(0)
		if ds >= 4 {
			ex = uint(ds-2) >> 1
		}
		e, ok = d.bits(ex)
		if !ok {
			return
		}
		back := int(distBase[ds]) + int(e)
		if back > len(d.out) {
			d.failed = true
			return
		}
		for k := 0; k < n; k++ {
			d.out = append(d.out, d.out[len(d.out)-back])
		}
	}
}

var codeOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

func (d *inflater) dynamic() {
	hlit, ok1 := d.bits(5)
	hdist, ok2 := d.bits(5)
	hclen, ok3 := d.bits(4)
	if !ok1 || !ok2 || !ok3 {
		return
	}
	nlit, ndist, nclen := int(hlit)+257, int(hdist)+1, int(hclen)+4
	if nlit > 286 || ndist > 30 {
		d.failed = true
		return
	}
	var cl [19]uint8
	for i := 0; i < nclen; i++ {
		v, ok := d.bits(3)
		if !ok {
			return
		}
		cl[codeOrder[i]] = uint8(v)
	}
	var lencode huffman
	if !lencode.build(cl[:]) {
		d.failed = true
		return
	}
	lengths := make([]uint8, nlit+ndist)
	for i := 0; i < len(lengths); {
		sym, ok := d.decode(&lencode)
		if !ok {
			return
		}
		if sym < 16 {
			lengths[i] = uint8(sym)
			i++
			continue
		}
		rep, nb, val := 3, uint(2), uint8(0)
		switch sym {
		case 16:
			if i == 0 {
				d.failed = true
				return
			}
			val = lengths[i-1]
		case 17:
			nb = 3
		default:
			rep, nb = 11, 7
		}
		e, ok := d.bits(nb)
		if !ok {
			return
		}
		rep += int(e)
		if i+rep > len(lengths) {
			d.failed = true
			return
		}
		for ; rep > 0; rep-- {
			lengths[i] = val
			i++
		}
	}
	var lit, dist huffman
	if !lit.build(lengths[:nlit]) || !dist.build(lengths[nlit:]) {
		d.failed = true
		return
	}
	lit.min = max(lit.min, int(lengths[256]))
	d.codes(&lit, &dist, 0)
}
