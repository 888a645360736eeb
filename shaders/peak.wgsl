// Peak-throughput probes for `wgtrain bench` (rows peak_fma, peak_bandwidth): what this
// adapter can do at best, so the other rows can say how close to it they come.
struct PeakParams {
  n: u32,       // vec4 elements
  iters: u32,   // fma steps per chain (peak_fma)
  a: f32,       // x <- fma(x, a, b): |a| < 1 keeps x bounded
  b: f32,
  _pad: u32, _pad2: u32, _pad3: u32, _pad4: u32,
}
@group(0) @binding(0) var<uniform> p: PeakParams;
@group(0) @binding(1) var<storage, read> src: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> dst: array<vec4<f32>>;

// Eight independent vec4 chains per invocation (enough independent work to hide the fma
// latency); a and b come from the uniform so the compiler cannot fold the chains.
// Work per invocation: iters * 8 chains * 4 lanes * 2 flops.
@compute @workgroup_size(256, 1, 1)
fn peak_fma(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let i = gid.x + gid.y * nwg.x * 256u;  // 2-d grids fold long launches
  if (i >= p.n) { return; }
  let a = vec4<f32>(p.a);
  let b = vec4<f32>(p.b);
  var x0 = src[i];
  var x1 = x0 + 1.0;
  var x2 = x0 + 2.0;
  var x3 = x0 + 3.0;
  var x4 = x0 - 1.0;
  var x5 = x0 - 2.0;
  var x6 = x0 - 3.0;
  var x7 = x0 * 0.5;
  for (var t = 0u; t < p.iters; t++) {
    x0 = fma(x0, a, b); x1 = fma(x1, a, b); x2 = fma(x2, a, b); x3 = fma(x3, a, b);
    x4 = fma(x4, a, b); x5 = fma(x5, a, b); x6 = fma(x6, a, b); x7 = fma(x7, a, b);
  }
  dst[i] = ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7));
}

// A vec4 copy: 32 bytes moved per invocation.
@compute @workgroup_size(256, 1, 1)
fn peak_copy(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let i = gid.x + gid.y * nwg.x * 256u;  // 2-d grids fold long launches
  if (i >= p.n) { return; }
  dst[i] = src[i];
}
