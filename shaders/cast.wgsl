// Casts between f32 and f16 (IEEE binary16), in integer arithmetic on the bits so every
// adapter runs them (no `enable f16`) and every adapter gives the same bits as the host
// (src/gpu/half.rs): round to nearest, ties to even; |x| >= 65520 becomes infinity, NaN a
// quiet NaN, |x| < 2^-14 a subnormal or zero. WGSL leaves out-of-range float conversions
// indeterminate, and mixed precision's loss scaling relies on overflow becoming infinity.
//
// An f16 tensor of n values is ceil(n / 2) words, element 2w in word w's low half. One
// invocation per word, so no two invocations write the same word.

struct CastParams {
  n: u32,      // values
  _p0: u32,
  _p1: u32,
  _p2: u32,
}

@group(0) @binding(0) var<uniform> p: CastParams;
@group(0) @binding(1) var<storage, read> src: array<u32>;
@group(0) @binding(2) var<storage, read_write> dst: array<u32>;

fn f16_bits(x: u32) -> u32 {
  let sign = (x >> 16u) & 0x8000u;
  let a = x & 0x7fffffffu;
  if (a > 0x7f800000u) {
    return sign | 0x7e00u;                          // NaN
  }
  if (a >= 0x477ff000u) {
    return sign | 0x7c00u;                          // >= 65520: infinity
  }
  if (a >= 0x38800000u) {
    // normal: rebias 127 -> 15, round away 13 bits (a carry bumps the exponent)
    let odd = (a >> 13u) & 1u;
    return sign | (((a + 0xfffu + odd) >> 13u) - (112u << 10u));
  }
  if (a <= 0x33000000u) {
    return sign;                                    // <= 2^-25: zero
  }
  // subnormal: |x| * 2^24 = m * 2^(e - 126) rounded to an integer
  let e = a >> 23u;
  let m = (a & 0x7fffffu) | 0x800000u;
  let shift = 126u - e;
  var q = m >> shift;
  let rem = m & ((1u << shift) - 1u);
  let half = 1u << (shift - 1u);
  if (rem > half || (rem == half && (q & 1u) == 1u)) {
    q = q + 1u;
  }
  return sign | q;
}

fn f32_bits_of_f16(h: u32) -> u32 {
  let sign = (h & 0x8000u) << 16u;
  let e = (h >> 10u) & 0x1fu;
  let m = h & 0x3ffu;
  if (e == 0x1fu) {
    return sign | 0x7f800000u | (m << 13u);         // infinity, NaN
  }
  if (e == 0u) {
    if (m == 0u) {
      return sign;
    }
    // subnormal m * 2^-24 with its leading bit at position l: exponent l - 24
    let l = firstLeadingBit(m);
    return sign | ((l + 103u) << 23u) | ((m << (23u - l)) & 0x7fffffu);
  }
  return sign | ((e + 112u) << 23u) | (m << 13u);
}

fn word_index(wid: vec3<u32>, nwg: vec3<u32>, lid: u32) -> u32 {
  return (wid.x + wid.y * nwg.x) * 256u + lid;
}

// src: f32 bits [n]; dst: f16 words [ceil(n / 2)]
@compute @workgroup_size(256)
fn f32_to_f16(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
              @builtin(local_invocation_index) lid: u32) {
  let w = word_index(wid, nwg, lid);
  let i = 2u * w;
  if (i >= p.n) {
    return;
  }
  var hi = 0u;
  if (i + 1u < p.n) {
    hi = f16_bits(src[i + 1u]);
  }
  dst[w] = f16_bits(src[i]) | (hi << 16u);
}

// src: f16 words [ceil(n / 2)]; dst: f32 bits [n]
@compute @workgroup_size(256)
fn f16_to_f32(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
              @builtin(local_invocation_index) lid: u32) {
  let w = word_index(wid, nwg, lid);
  let i = 2u * w;
  if (i >= p.n) {
    return;
  }
  let word = src[w];
  dst[i] = f32_bits_of_f16(word & 0xffffu);
  if (i + 1u < p.n) {
    dst[i + 1u] = f32_bits_of_f16(word >> 16u);
  }
}
