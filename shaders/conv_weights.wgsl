// Weight layouts for the implicit-GEMM convolutions (tools/gen_conv.py's kernels read the dense
// operand as rows of `kv` values, kv = K rounded up to 4, so they can load four k at a time).
// One invocation per output element; tiny next to the convolutions (weights only).

struct ConvParams {
  n: u32, c: u32, h: u32, w: u32,
  o: u32, kh: u32, kw: u32, s: u32,
  pt: u32, pl: u32, ho: u32, wo: u32,
  m: u32, ncols: u32, k: u32, kv: u32,
  ta: u32, tb: u32, epi: u32, slope: f32,
  kchunk: u32, _p0: u32, _p1: u32, _p2: u32,
}
@group(0) @binding(0) var<uniform> p: ConvParams;
@group(0) @binding(1) var<storage, read> wsrc: array<f32>;
@group(0) @binding(2) var<storage, read_write> wdst: array<f32>;

// conv2d_forward: w [o, K] as rows of kv, zeros past K.  Grid: (ceil(kv / 64), o).
@compute @workgroup_size(64)
fn pad_weight_rows(@builtin(global_invocation_id) gid: vec3<u32>) {
  let r = gid.x;
  let oc = gid.y;
  if (r >= p.kv) { return; }
  wdst[oc * p.kv + r] = select(0.0, wsrc[select(0u, oc * p.k + r, r < p.k)], r < p.k);
}

// conv2d_backward_input: out[phase, ci, r] = w[oc, ci, py + s*a, px + s*b] for r = (oc, a, b)
// (0 past K or where the tap falls outside the kernel). Grid: (ceil(kv / 64), c, s*s).
@compute @workgroup_size(64)
fn phase_weights(@builtin(global_invocation_id) gid: vec3<u32>) {
  let r = gid.x;
  let ci = gid.y;
  let ph = gid.z;
  if (r >= p.kv) { return; }
  let py = ph / p.s;
  let px = ph % p.s;
  let oc = r / (p.ta * p.tb);
  let a = (r / p.tb) % p.ta;
  let b = r % p.tb;
  let i = py + p.s * a;
  let j = px + p.s * b;
  let inside = r < p.k && i < p.kh && j < p.kw;
  let at = ((oc * p.c + ci) * p.kh + i) * p.kw + j;
  wdst[(ph * p.c + ci) * p.kv + r] = select(0.0, wsrc[select(0u, at, inside)], inside);
}
