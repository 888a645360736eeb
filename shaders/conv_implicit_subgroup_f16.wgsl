enable f16;
// f16 operands (mixed precision), each widened to f32 as it is loaded: f32 products, sums and C.
// GENERATED FILE - do not edit. Produced by tools/gen_conv.py; regenerate with `python3 tools/gen_conv.py`.
// Implicit-GEMM convolutions, lavapipe tiling (see the generator's docstring for the GEMMs).
// Needs wgpu::Features::SUBGROUP with subgroups of exactly 8 invocations.
// workgroup_size(16, 1, 1) = 2 subgroups; a subgroup computes 32 rows x 64 cols, a lane 32 x 8;
// grid = (ceil(cols / 64), ceil(rows / 64), z as the kernel says).
struct ConvParams {
  n: u32, c: u32, h: u32, w: u32,        // image [n, c, h, w] (conv2d's input)
  o: u32, kh: u32, kw: u32, s: u32,      // conv2d's output channels, kernel, stride
  pt: u32, pl: u32, ho: u32, wo: u32,    // padding above / left, conv2d's output size
  m: u32, ncols: u32, k: u32, kv: u32,   // this GEMM: rows (per grid z), cols, K, row length of wk
  ta: u32, tb: u32, epi: u32, slope: f32, // taps per phase (backward input); epilogue; leaky slope
  kchunk: u32, _p0: u32, _p1: u32, _p2: u32, // K per grid z (backward weight)
}
@group(0) @binding(0) var<uniform> p: ConvParams;
@group(0) @binding(1) var<storage, read> src: array<f16>;
@group(0) @binding(2) var<storage, read> wk4: array<vec4<f16>>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> bias: array<f32>;
@group(0) @binding(2) var<storage, read> wk: array<f16>;  // scalar view (backward weight, any ho*wo)

// Store epilogue: + bias b when p.epi & 3 != 0, then the activation ACT (0 none, 1 relu,
// 2 leaky relu with p.slope, 3 tanh, 4 sigmoid; a pipeline constant, see tools/gen_matmul.py).
override ACT: u32 = 0u;
fn epilogue(v: f32, b: f32) -> f32 {
  var x = v;
  if ((p.epi & 3u) != 0u) { x += b; }
  switch (ACT) {
    case 1u: { x = max(x, 0.0); }
    case 2u: { x = select(p.slope * x, x, x > 0.0); }
    case 3u: { x = tanh_precise(x); }
    case 4u: { x = sigmoid(x); }
    default: {}
  }
  return x;
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_forward_subgroup(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let nb = wg.z;
  let hw = p.h * p.w;
  let base = nb * p.c * hw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rq0 = min(row0 + 0u + lane, p.m - 1u);
  let oy0 = rq0 / p.wo;
  let ay0 = i32(oy0 * p.s) - i32(p.pt);
  let ax0 = i32((rq0 - oy0 * p.wo) * p.s) - i32(p.pl);
  let rq1 = min(row0 + 8u + lane, p.m - 1u);
  let oy1 = rq1 / p.wo;
  let ay1 = i32(oy1 * p.s) - i32(p.pt);
  let ax1 = i32((rq1 - oy1 * p.wo) * p.s) - i32(p.pl);
  let rq2 = min(row0 + 16u + lane, p.m - 1u);
  let oy2 = rq2 / p.wo;
  let ay2 = i32(oy2 * p.s) - i32(p.pt);
  let ax2 = i32((rq2 - oy2 * p.wo) * p.s) - i32(p.pl);
  let rq3 = min(row0 + 24u + lane, p.m - 1u);
  let oy3 = rq3 / p.wo;
  let ay3 = i32(oy3 * p.s) - i32(p.pt);
  let ax3 = i32((rq3 - oy3 * p.wo) * p.s) - i32(p.pl);
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cc4 = min(col0 + 4u, p.ncols - 1u);
  let cc5 = min(col0 + 5u, p.ncols - 1u);
  let cc6 = min(col0 + 6u, p.ncols - 1u);
  let cc7 = min(col0 + 7u, p.ncols - 1u);
  let cb0 = cc0 * (p.kv / 4u);
  let cb1 = cc1 * (p.kv / 4u);
  let cb2 = cc2 * (p.kv / 4u);
  let cb3 = cc3 * (p.kv / 4u);
  let cb4 = cc4 * (p.kv / 4u);
  let cb5 = cc5 * (p.kv / 4u);
  let cb6 = cc6 * (p.kv / 4u);
  let cb7 = cc7 * (p.kv / 4u);
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0); var acc8_1 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0); var acc9_1 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0); var acc10_1 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0); var acc11_1 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0); var acc12_1 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0); var acc13_1 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0); var acc14_1 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0); var acc15_1 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0); var acc16_1 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0); var acc17_1 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0); var acc18_1 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0); var acc19_1 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0); var acc20_1 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0); var acc21_1 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0); var acc22_1 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0); var acc23_1 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0); var acc24_1 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0); var acc25_1 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0); var acc26_1 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0); var acc27_1 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0); var acc28_1 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0); var acc29_1 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0); var acc30_1 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0); var acc31_1 = vec4<f32>(0.0);
  let kbeg = 0u;
  let kend = p.k;
  // k = (ci, i, j), tracked incrementally: kc = ci*h*w, ki = i, kj = j
  var kk = kbeg;
  let sc = kk / (p.kh * p.kw);
  let sr = kk - sc * p.kh * p.kw;
  var ki = sr / p.kw;
  var kj = sr - ki * p.kw;
  var kc = sc * hw;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ki0 = i32(ki);
    let kj0 = i32(kj);
    let kc0 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok1 = kk < kend;
    let ki1 = i32(ki);
    let kj1 = i32(kj);
    let kc1 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok2 = kk < kend;
    let ki2 = i32(ki);
    let kj2 = i32(kj);
    let kc2 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok3 = kk < kend;
    let ki3 = i32(ki);
    let kj3 = i32(kj);
    let kc3 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let yg0_0 = ay0 + ki0;
    let xg0_0 = ax0 + kj0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ay0 + ki1;
    let xg0_1 = ax0 + kj1;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ay0 + ki2;
    let xg0_2 = ax0 + kj2;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ay0 + ki3;
    let xg0_3 = ax0 + kj3;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ay1 + ki0;
    let xg1_0 = ax1 + kj0;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ay1 + ki1;
    let xg1_1 = ax1 + kj1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ay1 + ki2;
    let xg1_2 = ax1 + kj2;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ay1 + ki3;
    let xg1_3 = ax1 + kj3;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ay2 + ki0;
    let xg2_0 = ax2 + kj0;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ay2 + ki1;
    let xg2_1 = ax2 + kj1;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ay2 + ki2;
    let xg2_2 = ax2 + kj2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ay2 + ki3;
    let xg2_3 = ax2 + kj3;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ay3 + ki0;
    let xg3_0 = ax3 + kj0;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ay3 + ki1;
    let xg3_1 = ax3 + kj1;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ay3 + ki2;
    let xg3_2 = ax3 + kj2;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ay3 + ki3;
    let xg3_3 = ax3 + kj3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let kb4 = kq;
    let bc0 = vec4<f32>(wk4[cb0 + kb4]);
    let bc1 = vec4<f32>(wk4[cb1 + kb4]);
    let bc2 = vec4<f32>(wk4[cb2 + kb4]);
    let bc3 = vec4<f32>(wk4[cb3 + kb4]);
    let bc4 = vec4<f32>(wk4[cb4 + kb4]);
    let bc5 = vec4<f32>(wk4[cb5 + kb4]);
    let bc6 = vec4<f32>(wk4[cb6 + kb4]);
    let bc7 = vec4<f32>(wk4[cb7 + kb4]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
    acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  // the bias of each column, loaded once (zero without a bias: then `bias` is a dummy)
  var boc0 = 0.0;
  var boc1 = 0.0;
  var boc2 = 0.0;
  var boc3 = 0.0;
  var boc4 = 0.0;
  var boc5 = 0.0;
  var boc6 = 0.0;
  var boc7 = 0.0;
  if ((p.epi & 3u) != 0u) {
    boc0 = bias[min(oc0, p.ncols - 1u)];
    boc1 = bias[min(oc1, p.ncols - 1u)];
    boc2 = bias[min(oc2, p.ncols - 1u)];
    boc3 = bias[min(oc3, p.ncols - 1u)];
    boc4 = bias[min(oc4, p.ncols - 1u)];
    boc5 = bias[min(oc5, p.ncols - 1u)];
    boc6 = bias[min(oc6, p.ncols - 1u)];
    boc7 = bias[min(oc7, p.ncols - 1u)];
  }
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc0_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc0_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc0_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc0_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc0_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc0_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc0_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc0_1[3], boc7);
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc1_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc1_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc1_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc1_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc1_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc1_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc1_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc1_1[3], boc7);
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc2_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc2_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc2_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc2_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc2_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc2_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc2_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc2_1[3], boc7);
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc3_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc3_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc3_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc3_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc3_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc3_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc3_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc3_1[3], boc7);
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc4_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc4_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc4_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc4_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc4_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc4_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc4_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc4_1[3], boc7);
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc5_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc5_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc5_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc5_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc5_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc5_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc5_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc5_1[3], boc7);
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc6_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc6_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc6_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc6_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc6_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc6_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc6_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc6_1[3], boc7);
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc7_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc7_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc7_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc7_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc7_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc7_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc7_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc7_1[3], boc7);
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc8_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc8_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc8_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc8_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc8_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc8_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc8_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc8_1[3], boc7);
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc9_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc9_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc9_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc9_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc9_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc9_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc9_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc9_1[3], boc7);
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc10_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc10_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc10_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc10_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc10_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc10_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc10_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc10_1[3], boc7);
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc11_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc11_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc11_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc11_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc11_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc11_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc11_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc11_1[3], boc7);
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc12_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc12_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc12_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc12_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc12_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc12_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc12_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc12_1[3], boc7);
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc13_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc13_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc13_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc13_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc13_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc13_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc13_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc13_1[3], boc7);
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc14_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc14_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc14_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc14_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc14_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc14_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc14_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc14_1[3], boc7);
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc15_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc15_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc15_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc15_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc15_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc15_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc15_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc15_1[3], boc7);
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc16_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc16_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc16_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc16_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc16_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc16_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc16_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc16_1[3], boc7);
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc17_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc17_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc17_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc17_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc17_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc17_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc17_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc17_1[3], boc7);
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc18_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc18_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc18_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc18_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc18_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc18_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc18_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc18_1[3], boc7);
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc19_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc19_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc19_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc19_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc19_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc19_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc19_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc19_1[3], boc7);
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc20_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc20_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc20_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc20_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc20_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc20_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc20_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc20_1[3], boc7);
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc21_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc21_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc21_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc21_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc21_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc21_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc21_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc21_1[3], boc7);
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc22_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc22_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc22_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc22_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc22_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc22_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc22_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc22_1[3], boc7);
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc23_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc23_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc23_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc23_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc23_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc23_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc23_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc23_1[3], boc7);
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc24_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc24_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc24_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc24_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc24_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc24_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc24_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc24_1[3], boc7);
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc25_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc25_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc25_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc25_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc25_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc25_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc25_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc25_1[3], boc7);
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc26_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc26_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc26_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc26_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc26_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc26_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc26_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc26_1[3], boc7);
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc27_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc27_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc27_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc27_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc27_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc27_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc27_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc27_1[3], boc7);
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc28_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc28_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc28_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc28_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc28_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc28_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc28_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc28_1[3], boc7);
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc29_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc29_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc29_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc29_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc29_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc29_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc29_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc29_1[3], boc7);
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc30_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc30_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc30_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc30_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc30_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc30_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc30_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc30_1[3], boc7);
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc31_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc31_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc31_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc31_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      out[(nb * p.ncols + oc4) * p.m + orow] = epilogue(acc31_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      out[(nb * p.ncols + oc5) * p.m + orow] = epilogue(acc31_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      out[(nb * p.ncols + oc6) * p.m + orow] = epilogue(acc31_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      out[(nb * p.ncols + oc7) * p.m + orow] = epilogue(acc31_1[3], boc7);
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_input_subgroup(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let ss = p.s * p.s;
  let nb = wg.z / ss;
  let ph = wg.z % ss;
  let py = ph / p.s;
  let px = ph % p.s;
  // first pixel of this phase: the smallest y >= 0 with (y + pt) % s == py
  let y0 = (py + p.s - p.pt % p.s) % p.s;
  let x0 = (px + p.s - p.pl % p.s) % p.s;
  let ny = select(0u, (p.h - y0 + p.s - 1u) / p.s, p.h > y0);
  let nx = select(0u, (p.w - x0 + p.s - 1u) / p.s, p.w > x0);
  let rows = ny * nx;
  let howo = p.ho * p.wo;
  let base = nb * p.o * howo;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rt0 = min(row0 + 0u + lane, max(rows, 1u) - 1u);
  let ty0 = rt0 / max(nx, 1u);
  let ay0 = i32((y0 + p.s * ty0 + p.pt) / p.s);
  let ax0 = i32((x0 + p.s * (rt0 - ty0 * nx) + p.pl) / p.s);
  let rt1 = min(row0 + 8u + lane, max(rows, 1u) - 1u);
  let ty1 = rt1 / max(nx, 1u);
  let ay1 = i32((y0 + p.s * ty1 + p.pt) / p.s);
  let ax1 = i32((x0 + p.s * (rt1 - ty1 * nx) + p.pl) / p.s);
  let rt2 = min(row0 + 16u + lane, max(rows, 1u) - 1u);
  let ty2 = rt2 / max(nx, 1u);
  let ay2 = i32((y0 + p.s * ty2 + p.pt) / p.s);
  let ax2 = i32((x0 + p.s * (rt2 - ty2 * nx) + p.pl) / p.s);
  let rt3 = min(row0 + 24u + lane, max(rows, 1u) - 1u);
  let ty3 = rt3 / max(nx, 1u);
  let ay3 = i32((y0 + p.s * ty3 + p.pt) / p.s);
  let ax3 = i32((x0 + p.s * (rt3 - ty3 * nx) + p.pl) / p.s);
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cc4 = min(col0 + 4u, p.ncols - 1u);
  let cc5 = min(col0 + 5u, p.ncols - 1u);
  let cc6 = min(col0 + 6u, p.ncols - 1u);
  let cc7 = min(col0 + 7u, p.ncols - 1u);
  let cb0 = (ph * p.ncols + cc0) * (p.kv / 4u);
  let cb1 = (ph * p.ncols + cc1) * (p.kv / 4u);
  let cb2 = (ph * p.ncols + cc2) * (p.kv / 4u);
  let cb3 = (ph * p.ncols + cc3) * (p.kv / 4u);
  let cb4 = (ph * p.ncols + cc4) * (p.kv / 4u);
  let cb5 = (ph * p.ncols + cc5) * (p.kv / 4u);
  let cb6 = (ph * p.ncols + cc6) * (p.kv / 4u);
  let cb7 = (ph * p.ncols + cc7) * (p.kv / 4u);
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0); var acc8_1 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0); var acc9_1 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0); var acc10_1 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0); var acc11_1 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0); var acc12_1 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0); var acc13_1 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0); var acc14_1 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0); var acc15_1 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0); var acc16_1 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0); var acc17_1 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0); var acc18_1 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0); var acc19_1 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0); var acc20_1 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0); var acc21_1 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0); var acc22_1 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0); var acc23_1 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0); var acc24_1 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0); var acc25_1 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0); var acc26_1 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0); var acc27_1 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0); var acc28_1 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0); var acc29_1 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0); var acc30_1 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0); var acc31_1 = vec4<f32>(0.0);
  let kbeg = 0u;
  let kend = p.k;
  // k = (oc, a, b), tracked incrementally: kc = oc*ho*wo, ka = a, kb = b
  var kk = kbeg;
  let sc = kk / (p.ta * p.tb);
  let sr = kk - sc * p.ta * p.tb;
  var ka = sr / p.tb;
  var kb = sr - ka * p.tb;
  var kc = sc * howo;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ka0 = i32(ka);
    let kb0 = i32(kb);
    let kc0 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok1 = kk < kend;
    let ka1 = i32(ka);
    let kb1 = i32(kb);
    let kc1 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok2 = kk < kend;
    let ka2 = i32(ka);
    let kb2 = i32(kb);
    let kc2 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok3 = kk < kend;
    let ka3 = i32(ka);
    let kb3 = i32(kb);
    let kc3 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let yg0_0 = ay0 - ka0;
    let xg0_0 = ax0 - kb0;
    let ing0_0 = ok0 && u32(yg0_0) < p.ho && u32(xg0_0) < p.wo;
    let g0_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0_0) * p.wo + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ay0 - ka1;
    let xg0_1 = ax0 - kb1;
    let ing0_1 = ok1 && u32(yg0_1) < p.ho && u32(xg0_1) < p.wo;
    let g0_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg0_1) * p.wo + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ay0 - ka2;
    let xg0_2 = ax0 - kb2;
    let ing0_2 = ok2 && u32(yg0_2) < p.ho && u32(xg0_2) < p.wo;
    let g0_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg0_2) * p.wo + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ay0 - ka3;
    let xg0_3 = ax0 - kb3;
    let ing0_3 = ok3 && u32(yg0_3) < p.ho && u32(xg0_3) < p.wo;
    let g0_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg0_3) * p.wo + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ay1 - ka0;
    let xg1_0 = ax1 - kb0;
    let ing1_0 = ok0 && u32(yg1_0) < p.ho && u32(xg1_0) < p.wo;
    let g1_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg1_0) * p.wo + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ay1 - ka1;
    let xg1_1 = ax1 - kb1;
    let ing1_1 = ok1 && u32(yg1_1) < p.ho && u32(xg1_1) < p.wo;
    let g1_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1_1) * p.wo + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ay1 - ka2;
    let xg1_2 = ax1 - kb2;
    let ing1_2 = ok2 && u32(yg1_2) < p.ho && u32(xg1_2) < p.wo;
    let g1_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg1_2) * p.wo + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ay1 - ka3;
    let xg1_3 = ax1 - kb3;
    let ing1_3 = ok3 && u32(yg1_3) < p.ho && u32(xg1_3) < p.wo;
    let g1_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg1_3) * p.wo + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ay2 - ka0;
    let xg2_0 = ax2 - kb0;
    let ing2_0 = ok0 && u32(yg2_0) < p.ho && u32(xg2_0) < p.wo;
    let g2_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg2_0) * p.wo + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ay2 - ka1;
    let xg2_1 = ax2 - kb1;
    let ing2_1 = ok1 && u32(yg2_1) < p.ho && u32(xg2_1) < p.wo;
    let g2_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg2_1) * p.wo + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ay2 - ka2;
    let xg2_2 = ax2 - kb2;
    let ing2_2 = ok2 && u32(yg2_2) < p.ho && u32(xg2_2) < p.wo;
    let g2_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2_2) * p.wo + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ay2 - ka3;
    let xg2_3 = ax2 - kb3;
    let ing2_3 = ok3 && u32(yg2_3) < p.ho && u32(xg2_3) < p.wo;
    let g2_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg2_3) * p.wo + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ay3 - ka0;
    let xg3_0 = ax3 - kb0;
    let ing3_0 = ok0 && u32(yg3_0) < p.ho && u32(xg3_0) < p.wo;
    let g3_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg3_0) * p.wo + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ay3 - ka1;
    let xg3_1 = ax3 - kb1;
    let ing3_1 = ok1 && u32(yg3_1) < p.ho && u32(xg3_1) < p.wo;
    let g3_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg3_1) * p.wo + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ay3 - ka2;
    let xg3_2 = ax3 - kb2;
    let ing3_2 = ok2 && u32(yg3_2) < p.ho && u32(xg3_2) < p.wo;
    let g3_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg3_2) * p.wo + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ay3 - ka3;
    let xg3_3 = ax3 - kb3;
    let ing3_3 = ok3 && u32(yg3_3) < p.ho && u32(xg3_3) < p.wo;
    let g3_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3_3) * p.wo + u32(xg3_3), ing3_3)]), ing3_3);
    let kb4 = kq;
    let bc0 = vec4<f32>(wk4[cb0 + kb4]);
    let bc1 = vec4<f32>(wk4[cb1 + kb4]);
    let bc2 = vec4<f32>(wk4[cb2 + kb4]);
    let bc3 = vec4<f32>(wk4[cb3 + kb4]);
    let bc4 = vec4<f32>(wk4[cb4 + kb4]);
    let bc5 = vec4<f32>(wk4[cb5 + kb4]);
    let bc6 = vec4<f32>(wk4[cb6 + kb4]);
    let bc7 = vec4<f32>(wk4[cb7 + kb4]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
    acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  // the bias of each column, loaded once (zero without a bias: then `bias` is a dummy)
  var boc0 = 0.0;
  var boc1 = 0.0;
  var boc2 = 0.0;
  var boc3 = 0.0;
  var boc4 = 0.0;
  var boc5 = 0.0;
  var boc6 = 0.0;
  var boc7 = 0.0;
  if ((p.epi & 3u) != 0u) {
    boc0 = bias[min(oc0, p.ncols - 1u)];
    boc1 = bias[min(oc1, p.ncols - 1u)];
    boc2 = bias[min(oc2, p.ncols - 1u)];
    boc3 = bias[min(oc3, p.ncols - 1u)];
    boc4 = bias[min(oc4, p.ncols - 1u)];
    boc5 = bias[min(oc5, p.ncols - 1u)];
    boc6 = bias[min(oc6, p.ncols - 1u)];
    boc7 = bias[min(oc7, p.ncols - 1u)];
  }
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc0_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc0_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc0_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc0_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc0_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc0_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc0_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc0_1[3], boc7);
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc1_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc1_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc1_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc1_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc1_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc1_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc1_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc1_1[3], boc7);
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc2_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc2_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc2_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc2_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc2_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc2_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc2_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc2_1[3], boc7);
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc3_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc3_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc3_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc3_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc3_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc3_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc3_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc3_1[3], boc7);
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc4_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc4_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc4_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc4_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc4_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc4_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc4_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc4_1[3], boc7);
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc5_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc5_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc5_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc5_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc5_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc5_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc5_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc5_1[3], boc7);
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc6_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc6_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc6_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc6_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc6_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc6_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc6_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc6_1[3], boc7);
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc7_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc7_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc7_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc7_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc7_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc7_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc7_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc7_1[3], boc7);
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc8_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc8_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc8_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc8_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc8_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc8_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc8_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc8_1[3], boc7);
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc9_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc9_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc9_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc9_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc9_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc9_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc9_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc9_1[3], boc7);
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc10_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc10_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc10_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc10_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc10_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc10_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc10_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc10_1[3], boc7);
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc11_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc11_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc11_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc11_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc11_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc11_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc11_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc11_1[3], boc7);
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc12_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc12_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc12_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc12_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc12_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc12_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc12_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc12_1[3], boc7);
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc13_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc13_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc13_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc13_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc13_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc13_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc13_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc13_1[3], boc7);
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc14_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc14_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc14_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc14_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc14_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc14_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc14_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc14_1[3], boc7);
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc15_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc15_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc15_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc15_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc15_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc15_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc15_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc15_1[3], boc7);
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc16_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc16_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc16_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc16_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc16_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc16_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc16_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc16_1[3], boc7);
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc17_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc17_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc17_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc17_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc17_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc17_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc17_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc17_1[3], boc7);
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc18_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc18_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc18_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc18_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc18_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc18_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc18_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc18_1[3], boc7);
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc19_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc19_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc19_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc19_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc19_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc19_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc19_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc19_1[3], boc7);
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc20_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc20_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc20_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc20_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc20_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc20_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc20_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc20_1[3], boc7);
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc21_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc21_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc21_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc21_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc21_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc21_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc21_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc21_1[3], boc7);
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc22_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc22_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc22_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc22_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc22_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc22_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc22_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc22_1[3], boc7);
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc23_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc23_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc23_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc23_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc23_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc23_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc23_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc23_1[3], boc7);
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc24_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc24_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc24_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc24_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc24_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc24_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc24_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc24_1[3], boc7);
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc25_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc25_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc25_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc25_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc25_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc25_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc25_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc25_1[3], boc7);
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc26_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc26_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc26_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc26_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc26_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc26_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc26_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc26_1[3], boc7);
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc27_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc27_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc27_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc27_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc27_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc27_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc27_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc27_1[3], boc7);
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc28_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc28_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc28_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc28_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc28_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc28_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc28_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc28_1[3], boc7);
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc29_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc29_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc29_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc29_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc29_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc29_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc29_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc29_1[3], boc7);
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc30_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc30_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc30_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc30_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc30_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc30_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc30_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc30_1[3], boc7);
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc31_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc31_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc31_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc31_0[3], boc3);
    }
    if (oc4 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc4) * p.h + sy) * p.w + sx] = epilogue(acc31_1[0], boc4);
    }
    if (oc5 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc5) * p.h + sy) * p.w + sx] = epilogue(acc31_1[1], boc5);
    }
    if (oc6 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc6) * p.h + sy) * p.w + sx] = epilogue(acc31_1[2], boc6);
    }
    if (oc7 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc7) * p.h + sy) * p.w + sx] = epilogue(acc31_1[3], boc7);
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_weight_subgroup_b4(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let hw = p.h * p.w;
  let howo = p.ho * p.wo;
  let khw = p.kh * p.kw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rr0 = min(row0 + 0u + lane, p.m - 1u);
  let rc0 = rr0 / khw;
  let rk0 = rr0 - rc0 * khw;
  let ri0 = rk0 / p.kw;
  let ay0 = i32(ri0) - i32(p.pt);
  let ax0 = i32(rk0 - ri0 * p.kw) - i32(p.pl);
  let ro0 = rc0 * hw;
  let rr1 = min(row0 + 8u + lane, p.m - 1u);
  let rc1 = rr1 / khw;
  let rk1 = rr1 - rc1 * khw;
  let ri1 = rk1 / p.kw;
  let ay1 = i32(ri1) - i32(p.pt);
  let ax1 = i32(rk1 - ri1 * p.kw) - i32(p.pl);
  let ro1 = rc1 * hw;
  let rr2 = min(row0 + 16u + lane, p.m - 1u);
  let rc2 = rr2 / khw;
  let rk2 = rr2 - rc2 * khw;
  let ri2 = rk2 / p.kw;
  let ay2 = i32(ri2) - i32(p.pt);
  let ax2 = i32(rk2 - ri2 * p.kw) - i32(p.pl);
  let ro2 = rc2 * hw;
  let rr3 = min(row0 + 24u + lane, p.m - 1u);
  let rc3 = rr3 / khw;
  let rk3 = rr3 - rc3 * khw;
  let ri3 = rk3 / p.kw;
  let ay3 = i32(ri3) - i32(p.pt);
  let ax3 = i32(rk3 - ri3 * p.kw) - i32(p.pl);
  let ro3 = rc3 * hw;
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cc4 = min(col0 + 4u, p.ncols - 1u);
  let cc5 = min(col0 + 5u, p.ncols - 1u);
  let cc6 = min(col0 + 6u, p.ncols - 1u);
  let cc7 = min(col0 + 7u, p.ncols - 1u);
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0); var acc8_1 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0); var acc9_1 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0); var acc10_1 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0); var acc11_1 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0); var acc12_1 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0); var acc13_1 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0); var acc14_1 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0); var acc15_1 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0); var acc16_1 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0); var acc17_1 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0); var acc18_1 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0); var acc19_1 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0); var acc20_1 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0); var acc21_1 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0); var acc22_1 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0); var acc23_1 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0); var acc24_1 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0); var acc25_1 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0); var acc26_1 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0); var acc27_1 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0); var acc28_1 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0); var acc29_1 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0); var acc30_1 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0); var acc31_1 = vec4<f32>(0.0);
  let kbeg = wg.z * p.kchunk;
  let kend = min(p.k, kbeg + p.kchunk);
  // k = (nb, oy, ox), tracked incrementally: kimg = nb*c*h*w, kdy = nb*o*ho*wo + oy*wo + ox
  var kk = kbeg;
  let kn0 = kk / howo;
  var koy = (kk - kn0 * howo) / p.wo;
  var kox = kk - kn0 * howo - koy * p.wo;
  var kimg = kn0 * p.c * hw;
  var kdy = kn0 * p.o * howo + koy * p.wo + kox;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ky0 = i32(koy * p.s);
    let kx0 = i32(kox * p.s);
    let kimg0 = kimg;
    let kdy0 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok1 = kk < kend;
    let ky1 = i32(koy * p.s);
    let kx1 = i32(kox * p.s);
    let kimg1 = kimg;
    let kdy1 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok2 = kk < kend;
    let ky2 = i32(koy * p.s);
    let kx2 = i32(kox * p.s);
    let kimg2 = kimg;
    let kdy2 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok3 = kk < kend;
    let ky3 = i32(koy * p.s);
    let kx3 = i32(kox * p.s);
    let kimg3 = kimg;
    let kdy3 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let yg0_0 = ky0 + ay0;
    let xg0_0 = kx0 + ax0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, kimg0 + ro0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ky1 + ay0;
    let xg0_1 = kx1 + ax0;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, kimg1 + ro0 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ky2 + ay0;
    let xg0_2 = kx2 + ax0;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, kimg2 + ro0 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ky3 + ay0;
    let xg0_3 = kx3 + ax0;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, kimg3 + ro0 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ky0 + ay1;
    let xg1_0 = kx0 + ax1;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, kimg0 + ro1 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ky1 + ay1;
    let xg1_1 = kx1 + ax1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, kimg1 + ro1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ky2 + ay1;
    let xg1_2 = kx2 + ax1;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, kimg2 + ro1 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ky3 + ay1;
    let xg1_3 = kx3 + ax1;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, kimg3 + ro1 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ky0 + ay2;
    let xg2_0 = kx0 + ax2;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, kimg0 + ro2 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ky1 + ay2;
    let xg2_1 = kx1 + ax2;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, kimg1 + ro2 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ky2 + ay2;
    let xg2_2 = kx2 + ax2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, kimg2 + ro2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ky3 + ay2;
    let xg2_3 = kx3 + ax2;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, kimg3 + ro2 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ky0 + ay3;
    let xg3_0 = kx0 + ax3;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, kimg0 + ro3 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ky1 + ay3;
    let xg3_1 = kx1 + ax3;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, kimg1 + ro3 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ky2 + ay3;
    let xg3_2 = kx2 + ax3;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, kimg2 + ro3 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ky3 + ay3;
    let xg3_3 = kx3 + ax3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, kimg3 + ro3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let bc0 = vec4<f32>(wk4[(kdy0 + cc0 * howo) / 4u]);
    let bc1 = vec4<f32>(wk4[(kdy0 + cc1 * howo) / 4u]);
    let bc2 = vec4<f32>(wk4[(kdy0 + cc2 * howo) / 4u]);
    let bc3 = vec4<f32>(wk4[(kdy0 + cc3 * howo) / 4u]);
    let bc4 = vec4<f32>(wk4[(kdy0 + cc4 * howo) / 4u]);
    let bc5 = vec4<f32>(wk4[(kdy0 + cc5 * howo) / 4u]);
    let bc6 = vec4<f32>(wk4[(kdy0 + cc6 * howo) / 4u]);
    let bc7 = vec4<f32>(wk4[(kdy0 + cc7 * howo) / 4u]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
    acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc0_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc0_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc0_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc0_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc0_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc0_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc0_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc0_1[3];
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc1_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc1_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc1_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc1_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc1_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc1_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc1_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc1_1[3];
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc2_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc2_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc2_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc2_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc2_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc2_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc2_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc2_1[3];
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc3_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc3_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc3_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc3_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc3_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc3_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc3_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc3_1[3];
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc4_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc4_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc4_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc4_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc4_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc4_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc4_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc4_1[3];
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc5_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc5_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc5_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc5_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc5_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc5_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc5_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc5_1[3];
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc6_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc6_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc6_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc6_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc6_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc6_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc6_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc6_1[3];
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc7_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc7_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc7_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc7_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc7_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc7_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc7_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc7_1[3];
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc8_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc8_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc8_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc8_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc8_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc8_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc8_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc8_1[3];
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc9_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc9_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc9_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc9_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc9_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc9_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc9_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc9_1[3];
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc10_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc10_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc10_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc10_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc10_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc10_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc10_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc10_1[3];
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc11_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc11_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc11_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc11_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc11_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc11_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc11_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc11_1[3];
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc12_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc12_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc12_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc12_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc12_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc12_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc12_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc12_1[3];
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc13_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc13_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc13_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc13_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc13_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc13_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc13_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc13_1[3];
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc14_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc14_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc14_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc14_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc14_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc14_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc14_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc14_1[3];
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc15_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc15_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc15_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc15_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc15_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc15_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc15_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc15_1[3];
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc16_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc16_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc16_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc16_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc16_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc16_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc16_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc16_1[3];
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc17_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc17_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc17_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc17_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc17_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc17_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc17_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc17_1[3];
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc18_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc18_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc18_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc18_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc18_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc18_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc18_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc18_1[3];
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc19_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc19_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc19_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc19_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc19_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc19_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc19_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc19_1[3];
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc20_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc20_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc20_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc20_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc20_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc20_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc20_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc20_1[3];
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc21_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc21_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc21_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc21_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc21_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc21_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc21_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc21_1[3];
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc22_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc22_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc22_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc22_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc22_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc22_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc22_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc22_1[3];
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc23_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc23_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc23_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc23_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc23_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc23_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc23_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc23_1[3];
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc24_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc24_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc24_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc24_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc24_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc24_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc24_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc24_1[3];
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc25_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc25_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc25_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc25_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc25_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc25_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc25_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc25_1[3];
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc26_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc26_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc26_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc26_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc26_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc26_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc26_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc26_1[3];
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc27_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc27_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc27_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc27_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc27_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc27_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc27_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc27_1[3];
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc28_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc28_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc28_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc28_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc28_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc28_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc28_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc28_1[3];
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc29_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc29_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc29_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc29_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc29_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc29_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc29_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc29_1[3];
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc30_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc30_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc30_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc30_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc30_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc30_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc30_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc30_1[3];
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc31_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc31_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc31_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc31_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc31_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc31_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc31_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc31_1[3];
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_weight_subgroup(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let hw = p.h * p.w;
  let howo = p.ho * p.wo;
  let khw = p.kh * p.kw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rr0 = min(row0 + 0u + lane, p.m - 1u);
  let rc0 = rr0 / khw;
  let rk0 = rr0 - rc0 * khw;
  let ri0 = rk0 / p.kw;
  let ay0 = i32(ri0) - i32(p.pt);
  let ax0 = i32(rk0 - ri0 * p.kw) - i32(p.pl);
  let ro0 = rc0 * hw;
  let rr1 = min(row0 + 8u + lane, p.m - 1u);
  let rc1 = rr1 / khw;
  let rk1 = rr1 - rc1 * khw;
  let ri1 = rk1 / p.kw;
  let ay1 = i32(ri1) - i32(p.pt);
  let ax1 = i32(rk1 - ri1 * p.kw) - i32(p.pl);
  let ro1 = rc1 * hw;
  let rr2 = min(row0 + 16u + lane, p.m - 1u);
  let rc2 = rr2 / khw;
  let rk2 = rr2 - rc2 * khw;
  let ri2 = rk2 / p.kw;
  let ay2 = i32(ri2) - i32(p.pt);
  let ax2 = i32(rk2 - ri2 * p.kw) - i32(p.pl);
  let ro2 = rc2 * hw;
  let rr3 = min(row0 + 24u + lane, p.m - 1u);
  let rc3 = rr3 / khw;
  let rk3 = rr3 - rc3 * khw;
  let ri3 = rk3 / p.kw;
  let ay3 = i32(ri3) - i32(p.pt);
  let ax3 = i32(rk3 - ri3 * p.kw) - i32(p.pl);
  let ro3 = rc3 * hw;
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cc4 = min(col0 + 4u, p.ncols - 1u);
  let cc5 = min(col0 + 5u, p.ncols - 1u);
  let cc6 = min(col0 + 6u, p.ncols - 1u);
  let cc7 = min(col0 + 7u, p.ncols - 1u);
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0); var acc8_1 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0); var acc9_1 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0); var acc10_1 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0); var acc11_1 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0); var acc12_1 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0); var acc13_1 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0); var acc14_1 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0); var acc15_1 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0); var acc16_1 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0); var acc17_1 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0); var acc18_1 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0); var acc19_1 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0); var acc20_1 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0); var acc21_1 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0); var acc22_1 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0); var acc23_1 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0); var acc24_1 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0); var acc25_1 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0); var acc26_1 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0); var acc27_1 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0); var acc28_1 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0); var acc29_1 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0); var acc30_1 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0); var acc31_1 = vec4<f32>(0.0);
  let kbeg = wg.z * p.kchunk;
  let kend = min(p.k, kbeg + p.kchunk);
  // k = (nb, oy, ox), tracked incrementally: kimg = nb*c*h*w, kdy = nb*o*ho*wo + oy*wo + ox
  var kk = kbeg;
  let kn0 = kk / howo;
  var koy = (kk - kn0 * howo) / p.wo;
  var kox = kk - kn0 * howo - koy * p.wo;
  var kimg = kn0 * p.c * hw;
  var kdy = kn0 * p.o * howo + koy * p.wo + kox;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ky0 = i32(koy * p.s);
    let kx0 = i32(kox * p.s);
    let kimg0 = kimg;
    let kdy0 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok1 = kk < kend;
    let ky1 = i32(koy * p.s);
    let kx1 = i32(kox * p.s);
    let kimg1 = kimg;
    let kdy1 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok2 = kk < kend;
    let ky2 = i32(koy * p.s);
    let kx2 = i32(kox * p.s);
    let kimg2 = kimg;
    let kdy2 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok3 = kk < kend;
    let ky3 = i32(koy * p.s);
    let kx3 = i32(kox * p.s);
    let kimg3 = kimg;
    let kdy3 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let yg0_0 = ky0 + ay0;
    let xg0_0 = kx0 + ax0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, kimg0 + ro0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ky1 + ay0;
    let xg0_1 = kx1 + ax0;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, kimg1 + ro0 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ky2 + ay0;
    let xg0_2 = kx2 + ax0;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, kimg2 + ro0 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ky3 + ay0;
    let xg0_3 = kx3 + ax0;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, kimg3 + ro0 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ky0 + ay1;
    let xg1_0 = kx0 + ax1;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, kimg0 + ro1 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ky1 + ay1;
    let xg1_1 = kx1 + ax1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, kimg1 + ro1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ky2 + ay1;
    let xg1_2 = kx2 + ax1;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, kimg2 + ro1 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ky3 + ay1;
    let xg1_3 = kx3 + ax1;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, kimg3 + ro1 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ky0 + ay2;
    let xg2_0 = kx0 + ax2;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, kimg0 + ro2 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ky1 + ay2;
    let xg2_1 = kx1 + ax2;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, kimg1 + ro2 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ky2 + ay2;
    let xg2_2 = kx2 + ax2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, kimg2 + ro2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ky3 + ay2;
    let xg2_3 = kx3 + ax2;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, kimg3 + ro2 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ky0 + ay3;
    let xg3_0 = kx0 + ax3;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, kimg0 + ro3 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ky1 + ay3;
    let xg3_1 = kx1 + ax3;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, kimg1 + ro3 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ky2 + ay3;
    let xg3_2 = kx2 + ax3;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, kimg2 + ro3 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ky3 + ay3;
    let xg3_3 = kx3 + ax3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, kimg3 + ro3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let bc0 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc0 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc0 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc0 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc0 * howo, ok3)]), ok3));
    let bc1 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc1 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc1 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc1 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc1 * howo, ok3)]), ok3));
    let bc2 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc2 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc2 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc2 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc2 * howo, ok3)]), ok3));
    let bc3 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc3 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc3 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc3 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc3 * howo, ok3)]), ok3));
    let bc4 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc4 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc4 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc4 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc4 * howo, ok3)]), ok3));
    let bc5 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc5 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc5 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc5 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc5 * howo, ok3)]), ok3));
    let bc6 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc6 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc6 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc6 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc6 * howo, ok3)]), ok3));
    let bc7 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc7 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc7 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc7 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc7 * howo, ok3)]), ok3));
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
    acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc0_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc0_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc0_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc0_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc0_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc0_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc0_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc0_1[3];
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc1_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc1_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc1_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc1_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc1_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc1_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc1_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc1_1[3];
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc2_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc2_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc2_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc2_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc2_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc2_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc2_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc2_1[3];
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc3_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc3_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc3_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc3_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc3_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc3_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc3_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc3_1[3];
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc4_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc4_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc4_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc4_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc4_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc4_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc4_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc4_1[3];
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc5_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc5_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc5_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc5_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc5_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc5_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc5_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc5_1[3];
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc6_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc6_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc6_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc6_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc6_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc6_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc6_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc6_1[3];
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc7_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc7_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc7_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc7_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc7_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc7_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc7_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc7_1[3];
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc8_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc8_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc8_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc8_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc8_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc8_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc8_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc8_1[3];
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc9_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc9_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc9_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc9_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc9_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc9_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc9_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc9_1[3];
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc10_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc10_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc10_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc10_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc10_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc10_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc10_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc10_1[3];
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc11_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc11_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc11_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc11_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc11_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc11_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc11_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc11_1[3];
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc12_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc12_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc12_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc12_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc12_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc12_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc12_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc12_1[3];
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc13_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc13_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc13_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc13_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc13_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc13_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc13_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc13_1[3];
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc14_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc14_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc14_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc14_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc14_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc14_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc14_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc14_1[3];
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc15_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc15_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc15_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc15_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc15_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc15_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc15_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc15_1[3];
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc16_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc16_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc16_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc16_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc16_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc16_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc16_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc16_1[3];
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc17_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc17_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc17_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc17_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc17_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc17_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc17_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc17_1[3];
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc18_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc18_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc18_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc18_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc18_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc18_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc18_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc18_1[3];
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc19_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc19_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc19_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc19_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc19_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc19_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc19_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc19_1[3];
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc20_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc20_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc20_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc20_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc20_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc20_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc20_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc20_1[3];
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc21_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc21_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc21_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc21_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc21_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc21_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc21_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc21_1[3];
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc22_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc22_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc22_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc22_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc22_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc22_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc22_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc22_1[3];
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc23_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc23_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc23_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc23_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc23_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc23_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc23_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc23_1[3];
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc24_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc24_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc24_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc24_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc24_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc24_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc24_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc24_1[3];
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc25_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc25_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc25_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc25_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc25_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc25_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc25_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc25_1[3];
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc26_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc26_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc26_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc26_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc26_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc26_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc26_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc26_1[3];
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc27_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc27_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc27_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc27_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc27_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc27_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc27_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc27_1[3];
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc28_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc28_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc28_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc28_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc28_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc28_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc28_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc28_1[3];
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc29_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc29_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc29_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc29_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc29_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc29_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc29_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc29_1[3];
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc30_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc30_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc30_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc30_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc30_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc30_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc30_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc30_1[3];
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc31_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc31_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc31_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc31_0[3];
    }
    if (oc4 < p.ncols) {
      out[(wg.z * p.ncols + oc4) * p.m + orow] = acc31_1[0];
    }
    if (oc5 < p.ncols) {
      out[(wg.z * p.ncols + oc5) * p.m + orow] = acc31_1[1];
    }
    if (oc6 < p.ncols) {
      out[(wg.z * p.ncols + oc6) * p.m + orow] = acc31_1[2];
    }
    if (oc7 < p.ncols) {
      out[(wg.z * p.ncols + oc7) * p.m + orow] = acc31_1[3];
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_forward_subgroup_n32(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 4u;  // first column of this invocation
  let nb = wg.z;
  let hw = p.h * p.w;
  let base = nb * p.c * hw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rq0 = min(row0 + 0u + lane, p.m - 1u);
  let oy0 = rq0 / p.wo;
  let ay0 = i32(oy0 * p.s) - i32(p.pt);
  let ax0 = i32((rq0 - oy0 * p.wo) * p.s) - i32(p.pl);
  let rq1 = min(row0 + 8u + lane, p.m - 1u);
  let oy1 = rq1 / p.wo;
  let ay1 = i32(oy1 * p.s) - i32(p.pt);
  let ax1 = i32((rq1 - oy1 * p.wo) * p.s) - i32(p.pl);
  let rq2 = min(row0 + 16u + lane, p.m - 1u);
  let oy2 = rq2 / p.wo;
  let ay2 = i32(oy2 * p.s) - i32(p.pt);
  let ax2 = i32((rq2 - oy2 * p.wo) * p.s) - i32(p.pl);
  let rq3 = min(row0 + 24u + lane, p.m - 1u);
  let oy3 = rq3 / p.wo;
  let ay3 = i32(oy3 * p.s) - i32(p.pt);
  let ax3 = i32((rq3 - oy3 * p.wo) * p.s) - i32(p.pl);
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cb0 = cc0 * (p.kv / 4u);
  let cb1 = cc1 * (p.kv / 4u);
  let cb2 = cc2 * (p.kv / 4u);
  let cb3 = cc3 * (p.kv / 4u);
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0);
  let kbeg = 0u;
  let kend = p.k;
  // k = (ci, i, j), tracked incrementally: kc = ci*h*w, ki = i, kj = j
  var kk = kbeg;
  let sc = kk / (p.kh * p.kw);
  let sr = kk - sc * p.kh * p.kw;
  var ki = sr / p.kw;
  var kj = sr - ki * p.kw;
  var kc = sc * hw;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ki0 = i32(ki);
    let kj0 = i32(kj);
    let kc0 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok1 = kk < kend;
    let ki1 = i32(ki);
    let kj1 = i32(kj);
    let kc1 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok2 = kk < kend;
    let ki2 = i32(ki);
    let kj2 = i32(kj);
    let kc2 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let ok3 = kk < kend;
    let ki3 = i32(ki);
    let kj3 = i32(kj);
    let kc3 = kc;
    kk += 1u;
    kj += 1u;
    if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }
    let yg0_0 = ay0 + ki0;
    let xg0_0 = ax0 + kj0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ay0 + ki1;
    let xg0_1 = ax0 + kj1;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ay0 + ki2;
    let xg0_2 = ax0 + kj2;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ay0 + ki3;
    let xg0_3 = ax0 + kj3;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ay1 + ki0;
    let xg1_0 = ax1 + kj0;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ay1 + ki1;
    let xg1_1 = ax1 + kj1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ay1 + ki2;
    let xg1_2 = ax1 + kj2;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ay1 + ki3;
    let xg1_3 = ax1 + kj3;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ay2 + ki0;
    let xg2_0 = ax2 + kj0;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ay2 + ki1;
    let xg2_1 = ax2 + kj1;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ay2 + ki2;
    let xg2_2 = ax2 + kj2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ay2 + ki3;
    let xg2_3 = ax2 + kj3;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ay3 + ki0;
    let xg3_0 = ax3 + kj0;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ay3 + ki1;
    let xg3_1 = ax3 + kj1;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ay3 + ki2;
    let xg3_2 = ax3 + kj2;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ay3 + ki3;
    let xg3_3 = ax3 + kj3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let kb4 = kq;
    let bc0 = vec4<f32>(wk4[cb0 + kb4]);
    let bc1 = vec4<f32>(wk4[cb1 + kb4]);
    let bc2 = vec4<f32>(wk4[cb2 + kb4]);
    let bc3 = vec4<f32>(wk4[cb3 + kb4]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  // the bias of each column, loaded once (zero without a bias: then `bias` is a dummy)
  var boc0 = 0.0;
  var boc1 = 0.0;
  var boc2 = 0.0;
  var boc3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    boc0 = bias[min(oc0, p.ncols - 1u)];
    boc1 = bias[min(oc1, p.ncols - 1u)];
    boc2 = bias[min(oc2, p.ncols - 1u)];
    boc3 = bias[min(oc3, p.ncols - 1u)];
  }
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc0_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc0_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc0_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc0_0[3], boc3);
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc1_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc1_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc1_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc1_0[3], boc3);
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc2_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc2_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc2_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc2_0[3], boc3);
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc3_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc3_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc3_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc3_0[3], boc3);
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc4_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc4_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc4_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc4_0[3], boc3);
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc5_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc5_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc5_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc5_0[3], boc3);
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc6_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc6_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc6_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc6_0[3], boc3);
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc7_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc7_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc7_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc7_0[3], boc3);
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc8_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc8_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc8_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc8_0[3], boc3);
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc9_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc9_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc9_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc9_0[3], boc3);
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc10_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc10_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc10_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc10_0[3], boc3);
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc11_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc11_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc11_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc11_0[3], boc3);
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc12_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc12_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc12_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc12_0[3], boc3);
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc13_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc13_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc13_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc13_0[3], boc3);
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc14_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc14_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc14_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc14_0[3], boc3);
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc15_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc15_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc15_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc15_0[3], boc3);
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc16_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc16_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc16_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc16_0[3], boc3);
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc17_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc17_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc17_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc17_0[3], boc3);
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc18_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc18_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc18_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc18_0[3], boc3);
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc19_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc19_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc19_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc19_0[3], boc3);
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc20_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc20_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc20_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc20_0[3], boc3);
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc21_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc21_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc21_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc21_0[3], boc3);
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc22_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc22_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc22_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc22_0[3], boc3);
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc23_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc23_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc23_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc23_0[3], boc3);
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc24_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc24_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc24_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc24_0[3], boc3);
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc25_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc25_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc25_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc25_0[3], boc3);
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc26_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc26_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc26_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc26_0[3], boc3);
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc27_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc27_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc27_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc27_0[3], boc3);
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc28_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc28_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc28_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc28_0[3], boc3);
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc29_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc29_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc29_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc29_0[3], boc3);
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc30_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc30_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc30_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc30_0[3], boc3);
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc31_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc31_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc31_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc31_0[3], boc3);
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_input_subgroup_n32(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 4u;  // first column of this invocation
  let ss = p.s * p.s;
  let nb = wg.z / ss;
  let ph = wg.z % ss;
  let py = ph / p.s;
  let px = ph % p.s;
  // first pixel of this phase: the smallest y >= 0 with (y + pt) % s == py
  let y0 = (py + p.s - p.pt % p.s) % p.s;
  let x0 = (px + p.s - p.pl % p.s) % p.s;
  let ny = select(0u, (p.h - y0 + p.s - 1u) / p.s, p.h > y0);
  let nx = select(0u, (p.w - x0 + p.s - 1u) / p.s, p.w > x0);
  let rows = ny * nx;
  let howo = p.ho * p.wo;
  let base = nb * p.o * howo;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rt0 = min(row0 + 0u + lane, max(rows, 1u) - 1u);
  let ty0 = rt0 / max(nx, 1u);
  let ay0 = i32((y0 + p.s * ty0 + p.pt) / p.s);
  let ax0 = i32((x0 + p.s * (rt0 - ty0 * nx) + p.pl) / p.s);
  let rt1 = min(row0 + 8u + lane, max(rows, 1u) - 1u);
  let ty1 = rt1 / max(nx, 1u);
  let ay1 = i32((y0 + p.s * ty1 + p.pt) / p.s);
  let ax1 = i32((x0 + p.s * (rt1 - ty1 * nx) + p.pl) / p.s);
  let rt2 = min(row0 + 16u + lane, max(rows, 1u) - 1u);
  let ty2 = rt2 / max(nx, 1u);
  let ay2 = i32((y0 + p.s * ty2 + p.pt) / p.s);
  let ax2 = i32((x0 + p.s * (rt2 - ty2 * nx) + p.pl) / p.s);
  let rt3 = min(row0 + 24u + lane, max(rows, 1u) - 1u);
  let ty3 = rt3 / max(nx, 1u);
  let ay3 = i32((y0 + p.s * ty3 + p.pt) / p.s);
  let ax3 = i32((x0 + p.s * (rt3 - ty3 * nx) + p.pl) / p.s);
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  let cb0 = (ph * p.ncols + cc0) * (p.kv / 4u);
  let cb1 = (ph * p.ncols + cc1) * (p.kv / 4u);
  let cb2 = (ph * p.ncols + cc2) * (p.kv / 4u);
  let cb3 = (ph * p.ncols + cc3) * (p.kv / 4u);
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0);
  let kbeg = 0u;
  let kend = p.k;
  // k = (oc, a, b), tracked incrementally: kc = oc*ho*wo, ka = a, kb = b
  var kk = kbeg;
  let sc = kk / (p.ta * p.tb);
  let sr = kk - sc * p.ta * p.tb;
  var ka = sr / p.tb;
  var kb = sr - ka * p.tb;
  var kc = sc * howo;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ka0 = i32(ka);
    let kb0 = i32(kb);
    let kc0 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok1 = kk < kend;
    let ka1 = i32(ka);
    let kb1 = i32(kb);
    let kc1 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok2 = kk < kend;
    let ka2 = i32(ka);
    let kb2 = i32(kb);
    let kc2 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let ok3 = kk < kend;
    let ka3 = i32(ka);
    let kb3 = i32(kb);
    let kc3 = kc;
    kk += 1u;
    kb += 1u;
    if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }
    let yg0_0 = ay0 - ka0;
    let xg0_0 = ax0 - kb0;
    let ing0_0 = ok0 && u32(yg0_0) < p.ho && u32(xg0_0) < p.wo;
    let g0_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0_0) * p.wo + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ay0 - ka1;
    let xg0_1 = ax0 - kb1;
    let ing0_1 = ok1 && u32(yg0_1) < p.ho && u32(xg0_1) < p.wo;
    let g0_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg0_1) * p.wo + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ay0 - ka2;
    let xg0_2 = ax0 - kb2;
    let ing0_2 = ok2 && u32(yg0_2) < p.ho && u32(xg0_2) < p.wo;
    let g0_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg0_2) * p.wo + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ay0 - ka3;
    let xg0_3 = ax0 - kb3;
    let ing0_3 = ok3 && u32(yg0_3) < p.ho && u32(xg0_3) < p.wo;
    let g0_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg0_3) * p.wo + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ay1 - ka0;
    let xg1_0 = ax1 - kb0;
    let ing1_0 = ok0 && u32(yg1_0) < p.ho && u32(xg1_0) < p.wo;
    let g1_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg1_0) * p.wo + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ay1 - ka1;
    let xg1_1 = ax1 - kb1;
    let ing1_1 = ok1 && u32(yg1_1) < p.ho && u32(xg1_1) < p.wo;
    let g1_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1_1) * p.wo + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ay1 - ka2;
    let xg1_2 = ax1 - kb2;
    let ing1_2 = ok2 && u32(yg1_2) < p.ho && u32(xg1_2) < p.wo;
    let g1_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg1_2) * p.wo + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ay1 - ka3;
    let xg1_3 = ax1 - kb3;
    let ing1_3 = ok3 && u32(yg1_3) < p.ho && u32(xg1_3) < p.wo;
    let g1_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg1_3) * p.wo + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ay2 - ka0;
    let xg2_0 = ax2 - kb0;
    let ing2_0 = ok0 && u32(yg2_0) < p.ho && u32(xg2_0) < p.wo;
    let g2_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg2_0) * p.wo + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ay2 - ka1;
    let xg2_1 = ax2 - kb1;
    let ing2_1 = ok1 && u32(yg2_1) < p.ho && u32(xg2_1) < p.wo;
    let g2_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg2_1) * p.wo + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ay2 - ka2;
    let xg2_2 = ax2 - kb2;
    let ing2_2 = ok2 && u32(yg2_2) < p.ho && u32(xg2_2) < p.wo;
    let g2_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2_2) * p.wo + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ay2 - ka3;
    let xg2_3 = ax2 - kb3;
    let ing2_3 = ok3 && u32(yg2_3) < p.ho && u32(xg2_3) < p.wo;
    let g2_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg2_3) * p.wo + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ay3 - ka0;
    let xg3_0 = ax3 - kb0;
    let ing3_0 = ok0 && u32(yg3_0) < p.ho && u32(xg3_0) < p.wo;
    let g3_0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg3_0) * p.wo + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ay3 - ka1;
    let xg3_1 = ax3 - kb1;
    let ing3_1 = ok1 && u32(yg3_1) < p.ho && u32(xg3_1) < p.wo;
    let g3_1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg3_1) * p.wo + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ay3 - ka2;
    let xg3_2 = ax3 - kb2;
    let ing3_2 = ok2 && u32(yg3_2) < p.ho && u32(xg3_2) < p.wo;
    let g3_2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg3_2) * p.wo + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ay3 - ka3;
    let xg3_3 = ax3 - kb3;
    let ing3_3 = ok3 && u32(yg3_3) < p.ho && u32(xg3_3) < p.wo;
    let g3_3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3_3) * p.wo + u32(xg3_3), ing3_3)]), ing3_3);
    let kb4 = kq;
    let bc0 = vec4<f32>(wk4[cb0 + kb4]);
    let bc1 = vec4<f32>(wk4[cb1 + kb4]);
    let bc2 = vec4<f32>(wk4[cb2 + kb4]);
    let bc3 = vec4<f32>(wk4[cb3 + kb4]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  // the bias of each column, loaded once (zero without a bias: then `bias` is a dummy)
  var boc0 = 0.0;
  var boc1 = 0.0;
  var boc2 = 0.0;
  var boc3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    boc0 = bias[min(oc0, p.ncols - 1u)];
    boc1 = bias[min(oc1, p.ncols - 1u)];
    boc2 = bias[min(oc2, p.ncols - 1u)];
    boc3 = bias[min(oc3, p.ncols - 1u)];
  }
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc0_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc0_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc0_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc0_0[3], boc3);
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc1_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc1_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc1_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc1_0[3], boc3);
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc2_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc2_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc2_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc2_0[3], boc3);
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc3_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc3_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc3_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc3_0[3], boc3);
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc4_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc4_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc4_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc4_0[3], boc3);
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc5_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc5_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc5_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc5_0[3], boc3);
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc6_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc6_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc6_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc6_0[3], boc3);
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc7_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc7_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc7_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc7_0[3], boc3);
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc8_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc8_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc8_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc8_0[3], boc3);
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc9_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc9_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc9_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc9_0[3], boc3);
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc10_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc10_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc10_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc10_0[3], boc3);
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc11_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc11_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc11_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc11_0[3], boc3);
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc12_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc12_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc12_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc12_0[3], boc3);
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc13_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc13_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc13_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc13_0[3], boc3);
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc14_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc14_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc14_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc14_0[3], boc3);
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc15_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc15_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc15_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc15_0[3], boc3);
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc16_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc16_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc16_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc16_0[3], boc3);
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc17_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc17_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc17_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc17_0[3], boc3);
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc18_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc18_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc18_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc18_0[3], boc3);
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc19_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc19_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc19_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc19_0[3], boc3);
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc20_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc20_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc20_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc20_0[3], boc3);
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc21_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc21_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc21_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc21_0[3], boc3);
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc22_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc22_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc22_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc22_0[3], boc3);
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc23_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc23_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc23_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc23_0[3], boc3);
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc24_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc24_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc24_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc24_0[3], boc3);
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc25_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc25_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc25_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc25_0[3], boc3);
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc26_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc26_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc26_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc26_0[3], boc3);
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc27_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc27_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc27_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc27_0[3], boc3);
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc28_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc28_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc28_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc28_0[3], boc3);
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc29_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc29_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc29_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc29_0[3], boc3);
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc30_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc30_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc30_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc30_0[3], boc3);
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc31_0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc31_0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc31_0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc31_0[3], boc3);
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_weight_subgroup_n32_b4(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 4u;  // first column of this invocation
  let hw = p.h * p.w;
  let howo = p.ho * p.wo;
  let khw = p.kh * p.kw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rr0 = min(row0 + 0u + lane, p.m - 1u);
  let rc0 = rr0 / khw;
  let rk0 = rr0 - rc0 * khw;
  let ri0 = rk0 / p.kw;
  let ay0 = i32(ri0) - i32(p.pt);
  let ax0 = i32(rk0 - ri0 * p.kw) - i32(p.pl);
  let ro0 = rc0 * hw;
  let rr1 = min(row0 + 8u + lane, p.m - 1u);
  let rc1 = rr1 / khw;
  let rk1 = rr1 - rc1 * khw;
  let ri1 = rk1 / p.kw;
  let ay1 = i32(ri1) - i32(p.pt);
  let ax1 = i32(rk1 - ri1 * p.kw) - i32(p.pl);
  let ro1 = rc1 * hw;
  let rr2 = min(row0 + 16u + lane, p.m - 1u);
  let rc2 = rr2 / khw;
  let rk2 = rr2 - rc2 * khw;
  let ri2 = rk2 / p.kw;
  let ay2 = i32(ri2) - i32(p.pt);
  let ax2 = i32(rk2 - ri2 * p.kw) - i32(p.pl);
  let ro2 = rc2 * hw;
  let rr3 = min(row0 + 24u + lane, p.m - 1u);
  let rc3 = rr3 / khw;
  let rk3 = rr3 - rc3 * khw;
  let ri3 = rk3 / p.kw;
  let ay3 = i32(ri3) - i32(p.pt);
  let ax3 = i32(rk3 - ri3 * p.kw) - i32(p.pl);
  let ro3 = rc3 * hw;
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0);
  let kbeg = wg.z * p.kchunk;
  let kend = min(p.k, kbeg + p.kchunk);
  // k = (nb, oy, ox), tracked incrementally: kimg = nb*c*h*w, kdy = nb*o*ho*wo + oy*wo + ox
  var kk = kbeg;
  let kn0 = kk / howo;
  var koy = (kk - kn0 * howo) / p.wo;
  var kox = kk - kn0 * howo - koy * p.wo;
  var kimg = kn0 * p.c * hw;
  var kdy = kn0 * p.o * howo + koy * p.wo + kox;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ky0 = i32(koy * p.s);
    let kx0 = i32(kox * p.s);
    let kimg0 = kimg;
    let kdy0 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok1 = kk < kend;
    let ky1 = i32(koy * p.s);
    let kx1 = i32(kox * p.s);
    let kimg1 = kimg;
    let kdy1 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok2 = kk < kend;
    let ky2 = i32(koy * p.s);
    let kx2 = i32(kox * p.s);
    let kimg2 = kimg;
    let kdy2 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok3 = kk < kend;
    let ky3 = i32(koy * p.s);
    let kx3 = i32(kox * p.s);
    let kimg3 = kimg;
    let kdy3 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let yg0_0 = ky0 + ay0;
    let xg0_0 = kx0 + ax0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, kimg0 + ro0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ky1 + ay0;
    let xg0_1 = kx1 + ax0;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, kimg1 + ro0 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ky2 + ay0;
    let xg0_2 = kx2 + ax0;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, kimg2 + ro0 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ky3 + ay0;
    let xg0_3 = kx3 + ax0;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, kimg3 + ro0 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ky0 + ay1;
    let xg1_0 = kx0 + ax1;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, kimg0 + ro1 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ky1 + ay1;
    let xg1_1 = kx1 + ax1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, kimg1 + ro1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ky2 + ay1;
    let xg1_2 = kx2 + ax1;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, kimg2 + ro1 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ky3 + ay1;
    let xg1_3 = kx3 + ax1;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, kimg3 + ro1 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ky0 + ay2;
    let xg2_0 = kx0 + ax2;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, kimg0 + ro2 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ky1 + ay2;
    let xg2_1 = kx1 + ax2;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, kimg1 + ro2 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ky2 + ay2;
    let xg2_2 = kx2 + ax2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, kimg2 + ro2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ky3 + ay2;
    let xg2_3 = kx3 + ax2;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, kimg3 + ro2 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ky0 + ay3;
    let xg3_0 = kx0 + ax3;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, kimg0 + ro3 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ky1 + ay3;
    let xg3_1 = kx1 + ax3;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, kimg1 + ro3 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ky2 + ay3;
    let xg3_2 = kx2 + ax3;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, kimg2 + ro3 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ky3 + ay3;
    let xg3_3 = kx3 + ax3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, kimg3 + ro3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let bc0 = vec4<f32>(wk4[(kdy0 + cc0 * howo) / 4u]);
    let bc1 = vec4<f32>(wk4[(kdy0 + cc1 * howo) / 4u]);
    let bc2 = vec4<f32>(wk4[(kdy0 + cc2 * howo) / 4u]);
    let bc3 = vec4<f32>(wk4[(kdy0 + cc3 * howo) / 4u]);
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc0_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc0_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc0_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc0_0[3];
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc1_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc1_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc1_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc1_0[3];
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc2_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc2_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc2_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc2_0[3];
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc3_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc3_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc3_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc3_0[3];
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc4_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc4_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc4_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc4_0[3];
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc5_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc5_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc5_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc5_0[3];
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc6_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc6_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc6_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc6_0[3];
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc7_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc7_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc7_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc7_0[3];
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc8_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc8_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc8_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc8_0[3];
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc9_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc9_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc9_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc9_0[3];
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc10_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc10_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc10_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc10_0[3];
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc11_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc11_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc11_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc11_0[3];
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc12_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc12_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc12_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc12_0[3];
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc13_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc13_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc13_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc13_0[3];
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc14_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc14_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc14_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc14_0[3];
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc15_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc15_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc15_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc15_0[3];
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc16_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc16_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc16_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc16_0[3];
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc17_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc17_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc17_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc17_0[3];
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc18_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc18_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc18_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc18_0[3];
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc19_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc19_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc19_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc19_0[3];
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc20_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc20_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc20_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc20_0[3];
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc21_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc21_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc21_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc21_0[3];
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc22_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc22_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc22_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc22_0[3];
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc23_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc23_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc23_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc23_0[3];
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc24_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc24_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc24_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc24_0[3];
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc25_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc25_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc25_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc25_0[3];
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc26_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc26_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc26_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc26_0[3];
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc27_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc27_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc27_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc27_0[3];
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc28_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc28_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc28_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc28_0[3];
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc29_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc29_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc29_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc29_0[3];
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc30_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc30_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc30_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc30_0[3];
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc31_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc31_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc31_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc31_0[3];
    }
  }
}

@compute @workgroup_size(16, 1, 1)
fn conv2d_backward_weight_subgroup_n32(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 4u;  // first column of this invocation
  let hw = p.h * p.w;
  let howo = p.ho * p.wo;
  let khw = p.kh * p.kw;
  let rows = p.m;
  // the rows this lane gathers (past the end: the last row again, never stored)
  let rr0 = min(row0 + 0u + lane, p.m - 1u);
  let rc0 = rr0 / khw;
  let rk0 = rr0 - rc0 * khw;
  let ri0 = rk0 / p.kw;
  let ay0 = i32(ri0) - i32(p.pt);
  let ax0 = i32(rk0 - ri0 * p.kw) - i32(p.pl);
  let ro0 = rc0 * hw;
  let rr1 = min(row0 + 8u + lane, p.m - 1u);
  let rc1 = rr1 / khw;
  let rk1 = rr1 - rc1 * khw;
  let ri1 = rk1 / p.kw;
  let ay1 = i32(ri1) - i32(p.pt);
  let ax1 = i32(rk1 - ri1 * p.kw) - i32(p.pl);
  let ro1 = rc1 * hw;
  let rr2 = min(row0 + 16u + lane, p.m - 1u);
  let rc2 = rr2 / khw;
  let rk2 = rr2 - rc2 * khw;
  let ri2 = rk2 / p.kw;
  let ay2 = i32(ri2) - i32(p.pt);
  let ax2 = i32(rk2 - ri2 * p.kw) - i32(p.pl);
  let ro2 = rc2 * hw;
  let rr3 = min(row0 + 24u + lane, p.m - 1u);
  let rc3 = rr3 / khw;
  let rk3 = rr3 - rc3 * khw;
  let ri3 = rk3 / p.kw;
  let ay3 = i32(ri3) - i32(p.pt);
  let ax3 = i32(rk3 - ri3 * p.kw) - i32(p.pl);
  let ro3 = rc3 * hw;
  // its columns, clamped
  let cc0 = min(col0 + 0u, p.ncols - 1u);
  let cc1 = min(col0 + 1u, p.ncols - 1u);
  let cc2 = min(col0 + 2u, p.ncols - 1u);
  let cc3 = min(col0 + 3u, p.ncols - 1u);
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0);
  var acc16_0 = vec4<f32>(0.0);
  var acc17_0 = vec4<f32>(0.0);
  var acc18_0 = vec4<f32>(0.0);
  var acc19_0 = vec4<f32>(0.0);
  var acc20_0 = vec4<f32>(0.0);
  var acc21_0 = vec4<f32>(0.0);
  var acc22_0 = vec4<f32>(0.0);
  var acc23_0 = vec4<f32>(0.0);
  var acc24_0 = vec4<f32>(0.0);
  var acc25_0 = vec4<f32>(0.0);
  var acc26_0 = vec4<f32>(0.0);
  var acc27_0 = vec4<f32>(0.0);
  var acc28_0 = vec4<f32>(0.0);
  var acc29_0 = vec4<f32>(0.0);
  var acc30_0 = vec4<f32>(0.0);
  var acc31_0 = vec4<f32>(0.0);
  let kbeg = wg.z * p.kchunk;
  let kend = min(p.k, kbeg + p.kchunk);
  // k = (nb, oy, ox), tracked incrementally: kimg = nb*c*h*w, kdy = nb*o*ho*wo + oy*wo + ox
  var kk = kbeg;
  let kn0 = kk / howo;
  var koy = (kk - kn0 * howo) / p.wo;
  var kox = kk - kn0 * howo - koy * p.wo;
  var kimg = kn0 * p.c * hw;
  var kdy = kn0 * p.o * howo + koy * p.wo + kox;
  let steps = (kend - kbeg + 3u) / 4u;
  for (var kq = 0u; kq < steps; kq++) {
    let ok0 = kk < kend;
    let ky0 = i32(koy * p.s);
    let kx0 = i32(kox * p.s);
    let kimg0 = kimg;
    let kdy0 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok1 = kk < kend;
    let ky1 = i32(koy * p.s);
    let kx1 = i32(kox * p.s);
    let kimg1 = kimg;
    let kdy1 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok2 = kk < kend;
    let ky2 = i32(koy * p.s);
    let kx2 = i32(kox * p.s);
    let kimg2 = kimg;
    let kdy2 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let ok3 = kk < kend;
    let ky3 = i32(koy * p.s);
    let kx3 = i32(kox * p.s);
    let kimg3 = kimg;
    let kdy3 = kdy;
    kk += 1u;
    kox += 1u;
    kdy += 1u;
    if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }
    let yg0_0 = ky0 + ay0;
    let xg0_0 = kx0 + ax0;
    let ing0_0 = ok0 && u32(yg0_0) < p.h && u32(xg0_0) < p.w;
    let g0_0 = select(0.0, f32(src[select(0u, kimg0 + ro0 + u32(yg0_0) * p.w + u32(xg0_0), ing0_0)]), ing0_0);
    let yg0_1 = ky1 + ay0;
    let xg0_1 = kx1 + ax0;
    let ing0_1 = ok1 && u32(yg0_1) < p.h && u32(xg0_1) < p.w;
    let g0_1 = select(0.0, f32(src[select(0u, kimg1 + ro0 + u32(yg0_1) * p.w + u32(xg0_1), ing0_1)]), ing0_1);
    let yg0_2 = ky2 + ay0;
    let xg0_2 = kx2 + ax0;
    let ing0_2 = ok2 && u32(yg0_2) < p.h && u32(xg0_2) < p.w;
    let g0_2 = select(0.0, f32(src[select(0u, kimg2 + ro0 + u32(yg0_2) * p.w + u32(xg0_2), ing0_2)]), ing0_2);
    let yg0_3 = ky3 + ay0;
    let xg0_3 = kx3 + ax0;
    let ing0_3 = ok3 && u32(yg0_3) < p.h && u32(xg0_3) < p.w;
    let g0_3 = select(0.0, f32(src[select(0u, kimg3 + ro0 + u32(yg0_3) * p.w + u32(xg0_3), ing0_3)]), ing0_3);
    let yg1_0 = ky0 + ay1;
    let xg1_0 = kx0 + ax1;
    let ing1_0 = ok0 && u32(yg1_0) < p.h && u32(xg1_0) < p.w;
    let g1_0 = select(0.0, f32(src[select(0u, kimg0 + ro1 + u32(yg1_0) * p.w + u32(xg1_0), ing1_0)]), ing1_0);
    let yg1_1 = ky1 + ay1;
    let xg1_1 = kx1 + ax1;
    let ing1_1 = ok1 && u32(yg1_1) < p.h && u32(xg1_1) < p.w;
    let g1_1 = select(0.0, f32(src[select(0u, kimg1 + ro1 + u32(yg1_1) * p.w + u32(xg1_1), ing1_1)]), ing1_1);
    let yg1_2 = ky2 + ay1;
    let xg1_2 = kx2 + ax1;
    let ing1_2 = ok2 && u32(yg1_2) < p.h && u32(xg1_2) < p.w;
    let g1_2 = select(0.0, f32(src[select(0u, kimg2 + ro1 + u32(yg1_2) * p.w + u32(xg1_2), ing1_2)]), ing1_2);
    let yg1_3 = ky3 + ay1;
    let xg1_3 = kx3 + ax1;
    let ing1_3 = ok3 && u32(yg1_3) < p.h && u32(xg1_3) < p.w;
    let g1_3 = select(0.0, f32(src[select(0u, kimg3 + ro1 + u32(yg1_3) * p.w + u32(xg1_3), ing1_3)]), ing1_3);
    let yg2_0 = ky0 + ay2;
    let xg2_0 = kx0 + ax2;
    let ing2_0 = ok0 && u32(yg2_0) < p.h && u32(xg2_0) < p.w;
    let g2_0 = select(0.0, f32(src[select(0u, kimg0 + ro2 + u32(yg2_0) * p.w + u32(xg2_0), ing2_0)]), ing2_0);
    let yg2_1 = ky1 + ay2;
    let xg2_1 = kx1 + ax2;
    let ing2_1 = ok1 && u32(yg2_1) < p.h && u32(xg2_1) < p.w;
    let g2_1 = select(0.0, f32(src[select(0u, kimg1 + ro2 + u32(yg2_1) * p.w + u32(xg2_1), ing2_1)]), ing2_1);
    let yg2_2 = ky2 + ay2;
    let xg2_2 = kx2 + ax2;
    let ing2_2 = ok2 && u32(yg2_2) < p.h && u32(xg2_2) < p.w;
    let g2_2 = select(0.0, f32(src[select(0u, kimg2 + ro2 + u32(yg2_2) * p.w + u32(xg2_2), ing2_2)]), ing2_2);
    let yg2_3 = ky3 + ay2;
    let xg2_3 = kx3 + ax2;
    let ing2_3 = ok3 && u32(yg2_3) < p.h && u32(xg2_3) < p.w;
    let g2_3 = select(0.0, f32(src[select(0u, kimg3 + ro2 + u32(yg2_3) * p.w + u32(xg2_3), ing2_3)]), ing2_3);
    let yg3_0 = ky0 + ay3;
    let xg3_0 = kx0 + ax3;
    let ing3_0 = ok0 && u32(yg3_0) < p.h && u32(xg3_0) < p.w;
    let g3_0 = select(0.0, f32(src[select(0u, kimg0 + ro3 + u32(yg3_0) * p.w + u32(xg3_0), ing3_0)]), ing3_0);
    let yg3_1 = ky1 + ay3;
    let xg3_1 = kx1 + ax3;
    let ing3_1 = ok1 && u32(yg3_1) < p.h && u32(xg3_1) < p.w;
    let g3_1 = select(0.0, f32(src[select(0u, kimg1 + ro3 + u32(yg3_1) * p.w + u32(xg3_1), ing3_1)]), ing3_1);
    let yg3_2 = ky2 + ay3;
    let xg3_2 = kx2 + ax3;
    let ing3_2 = ok2 && u32(yg3_2) < p.h && u32(xg3_2) < p.w;
    let g3_2 = select(0.0, f32(src[select(0u, kimg2 + ro3 + u32(yg3_2) * p.w + u32(xg3_2), ing3_2)]), ing3_2);
    let yg3_3 = ky3 + ay3;
    let xg3_3 = kx3 + ax3;
    let ing3_3 = ok3 && u32(yg3_3) < p.h && u32(xg3_3) < p.w;
    let g3_3 = select(0.0, f32(src[select(0u, kimg3 + ro3 + u32(yg3_3) * p.w + u32(xg3_3), ing3_3)]), ing3_3);
    let bc0 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc0 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc0 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc0 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc0 * howo, ok3)]), ok3));
    let bc1 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc1 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc1 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc1 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc1 * howo, ok3)]), ok3));
    let bc2 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc2 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc2 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc2 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc2 * howo, ok3)]), ok3));
    let bc3 = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cc3 * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cc3 * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cc3 * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cc3 * howo, ok3)]), ok3));
    let bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
    let bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
    let bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
    let bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
    let x0_0 = vec4<f32>(subgroupBroadcast(g0_0, 0u));
    let x0_1 = vec4<f32>(subgroupBroadcast(g0_1, 0u));
    let x0_2 = vec4<f32>(subgroupBroadcast(g0_2, 0u));
    let x0_3 = vec4<f32>(subgroupBroadcast(g0_3, 0u));
    acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
    let x1_0 = vec4<f32>(subgroupBroadcast(g0_0, 1u));
    let x1_1 = vec4<f32>(subgroupBroadcast(g0_1, 1u));
    let x1_2 = vec4<f32>(subgroupBroadcast(g0_2, 1u));
    let x1_3 = vec4<f32>(subgroupBroadcast(g0_3, 1u));
    acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
    let x2_0 = vec4<f32>(subgroupBroadcast(g0_0, 2u));
    let x2_1 = vec4<f32>(subgroupBroadcast(g0_1, 2u));
    let x2_2 = vec4<f32>(subgroupBroadcast(g0_2, 2u));
    let x2_3 = vec4<f32>(subgroupBroadcast(g0_3, 2u));
    acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
    let x3_0 = vec4<f32>(subgroupBroadcast(g0_0, 3u));
    let x3_1 = vec4<f32>(subgroupBroadcast(g0_1, 3u));
    let x3_2 = vec4<f32>(subgroupBroadcast(g0_2, 3u));
    let x3_3 = vec4<f32>(subgroupBroadcast(g0_3, 3u));
    acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
    let x4_0 = vec4<f32>(subgroupBroadcast(g0_0, 4u));
    let x4_1 = vec4<f32>(subgroupBroadcast(g0_1, 4u));
    let x4_2 = vec4<f32>(subgroupBroadcast(g0_2, 4u));
    let x4_3 = vec4<f32>(subgroupBroadcast(g0_3, 4u));
    acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
    let x5_0 = vec4<f32>(subgroupBroadcast(g0_0, 5u));
    let x5_1 = vec4<f32>(subgroupBroadcast(g0_1, 5u));
    let x5_2 = vec4<f32>(subgroupBroadcast(g0_2, 5u));
    let x5_3 = vec4<f32>(subgroupBroadcast(g0_3, 5u));
    acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
    let x6_0 = vec4<f32>(subgroupBroadcast(g0_0, 6u));
    let x6_1 = vec4<f32>(subgroupBroadcast(g0_1, 6u));
    let x6_2 = vec4<f32>(subgroupBroadcast(g0_2, 6u));
    let x6_3 = vec4<f32>(subgroupBroadcast(g0_3, 6u));
    acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
    let x7_0 = vec4<f32>(subgroupBroadcast(g0_0, 7u));
    let x7_1 = vec4<f32>(subgroupBroadcast(g0_1, 7u));
    let x7_2 = vec4<f32>(subgroupBroadcast(g0_2, 7u));
    let x7_3 = vec4<f32>(subgroupBroadcast(g0_3, 7u));
    acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
    let x8_0 = vec4<f32>(subgroupBroadcast(g1_0, 0u));
    let x8_1 = vec4<f32>(subgroupBroadcast(g1_1, 0u));
    let x8_2 = vec4<f32>(subgroupBroadcast(g1_2, 0u));
    let x8_3 = vec4<f32>(subgroupBroadcast(g1_3, 0u));
    acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
    let x9_0 = vec4<f32>(subgroupBroadcast(g1_0, 1u));
    let x9_1 = vec4<f32>(subgroupBroadcast(g1_1, 1u));
    let x9_2 = vec4<f32>(subgroupBroadcast(g1_2, 1u));
    let x9_3 = vec4<f32>(subgroupBroadcast(g1_3, 1u));
    acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
    let x10_0 = vec4<f32>(subgroupBroadcast(g1_0, 2u));
    let x10_1 = vec4<f32>(subgroupBroadcast(g1_1, 2u));
    let x10_2 = vec4<f32>(subgroupBroadcast(g1_2, 2u));
    let x10_3 = vec4<f32>(subgroupBroadcast(g1_3, 2u));
    acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
    let x11_0 = vec4<f32>(subgroupBroadcast(g1_0, 3u));
    let x11_1 = vec4<f32>(subgroupBroadcast(g1_1, 3u));
    let x11_2 = vec4<f32>(subgroupBroadcast(g1_2, 3u));
    let x11_3 = vec4<f32>(subgroupBroadcast(g1_3, 3u));
    acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
    let x12_0 = vec4<f32>(subgroupBroadcast(g1_0, 4u));
    let x12_1 = vec4<f32>(subgroupBroadcast(g1_1, 4u));
    let x12_2 = vec4<f32>(subgroupBroadcast(g1_2, 4u));
    let x12_3 = vec4<f32>(subgroupBroadcast(g1_3, 4u));
    acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
    let x13_0 = vec4<f32>(subgroupBroadcast(g1_0, 5u));
    let x13_1 = vec4<f32>(subgroupBroadcast(g1_1, 5u));
    let x13_2 = vec4<f32>(subgroupBroadcast(g1_2, 5u));
    let x13_3 = vec4<f32>(subgroupBroadcast(g1_3, 5u));
    acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
    let x14_0 = vec4<f32>(subgroupBroadcast(g1_0, 6u));
    let x14_1 = vec4<f32>(subgroupBroadcast(g1_1, 6u));
    let x14_2 = vec4<f32>(subgroupBroadcast(g1_2, 6u));
    let x14_3 = vec4<f32>(subgroupBroadcast(g1_3, 6u));
    acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
    let x15_0 = vec4<f32>(subgroupBroadcast(g1_0, 7u));
    let x15_1 = vec4<f32>(subgroupBroadcast(g1_1, 7u));
    let x15_2 = vec4<f32>(subgroupBroadcast(g1_2, 7u));
    let x15_3 = vec4<f32>(subgroupBroadcast(g1_3, 7u));
    acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
    let x16_0 = vec4<f32>(subgroupBroadcast(g2_0, 0u));
    let x16_1 = vec4<f32>(subgroupBroadcast(g2_1, 0u));
    let x16_2 = vec4<f32>(subgroupBroadcast(g2_2, 0u));
    let x16_3 = vec4<f32>(subgroupBroadcast(g2_3, 0u));
    acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
    let x17_0 = vec4<f32>(subgroupBroadcast(g2_0, 1u));
    let x17_1 = vec4<f32>(subgroupBroadcast(g2_1, 1u));
    let x17_2 = vec4<f32>(subgroupBroadcast(g2_2, 1u));
    let x17_3 = vec4<f32>(subgroupBroadcast(g2_3, 1u));
    acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
    let x18_0 = vec4<f32>(subgroupBroadcast(g2_0, 2u));
    let x18_1 = vec4<f32>(subgroupBroadcast(g2_1, 2u));
    let x18_2 = vec4<f32>(subgroupBroadcast(g2_2, 2u));
    let x18_3 = vec4<f32>(subgroupBroadcast(g2_3, 2u));
    acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
    let x19_0 = vec4<f32>(subgroupBroadcast(g2_0, 3u));
    let x19_1 = vec4<f32>(subgroupBroadcast(g2_1, 3u));
    let x19_2 = vec4<f32>(subgroupBroadcast(g2_2, 3u));
    let x19_3 = vec4<f32>(subgroupBroadcast(g2_3, 3u));
    acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
    let x20_0 = vec4<f32>(subgroupBroadcast(g2_0, 4u));
    let x20_1 = vec4<f32>(subgroupBroadcast(g2_1, 4u));
    let x20_2 = vec4<f32>(subgroupBroadcast(g2_2, 4u));
    let x20_3 = vec4<f32>(subgroupBroadcast(g2_3, 4u));
    acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
    let x21_0 = vec4<f32>(subgroupBroadcast(g2_0, 5u));
    let x21_1 = vec4<f32>(subgroupBroadcast(g2_1, 5u));
    let x21_2 = vec4<f32>(subgroupBroadcast(g2_2, 5u));
    let x21_3 = vec4<f32>(subgroupBroadcast(g2_3, 5u));
    acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
    let x22_0 = vec4<f32>(subgroupBroadcast(g2_0, 6u));
    let x22_1 = vec4<f32>(subgroupBroadcast(g2_1, 6u));
    let x22_2 = vec4<f32>(subgroupBroadcast(g2_2, 6u));
    let x22_3 = vec4<f32>(subgroupBroadcast(g2_3, 6u));
    acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
    let x23_0 = vec4<f32>(subgroupBroadcast(g2_0, 7u));
    let x23_1 = vec4<f32>(subgroupBroadcast(g2_1, 7u));
    let x23_2 = vec4<f32>(subgroupBroadcast(g2_2, 7u));
    let x23_3 = vec4<f32>(subgroupBroadcast(g2_3, 7u));
    acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
    let x24_0 = vec4<f32>(subgroupBroadcast(g3_0, 0u));
    let x24_1 = vec4<f32>(subgroupBroadcast(g3_1, 0u));
    let x24_2 = vec4<f32>(subgroupBroadcast(g3_2, 0u));
    let x24_3 = vec4<f32>(subgroupBroadcast(g3_3, 0u));
    acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
    let x25_0 = vec4<f32>(subgroupBroadcast(g3_0, 1u));
    let x25_1 = vec4<f32>(subgroupBroadcast(g3_1, 1u));
    let x25_2 = vec4<f32>(subgroupBroadcast(g3_2, 1u));
    let x25_3 = vec4<f32>(subgroupBroadcast(g3_3, 1u));
    acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
    let x26_0 = vec4<f32>(subgroupBroadcast(g3_0, 2u));
    let x26_1 = vec4<f32>(subgroupBroadcast(g3_1, 2u));
    let x26_2 = vec4<f32>(subgroupBroadcast(g3_2, 2u));
    let x26_3 = vec4<f32>(subgroupBroadcast(g3_3, 2u));
    acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
    let x27_0 = vec4<f32>(subgroupBroadcast(g3_0, 3u));
    let x27_1 = vec4<f32>(subgroupBroadcast(g3_1, 3u));
    let x27_2 = vec4<f32>(subgroupBroadcast(g3_2, 3u));
    let x27_3 = vec4<f32>(subgroupBroadcast(g3_3, 3u));
    acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
    let x28_0 = vec4<f32>(subgroupBroadcast(g3_0, 4u));
    let x28_1 = vec4<f32>(subgroupBroadcast(g3_1, 4u));
    let x28_2 = vec4<f32>(subgroupBroadcast(g3_2, 4u));
    let x28_3 = vec4<f32>(subgroupBroadcast(g3_3, 4u));
    acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
    let x29_0 = vec4<f32>(subgroupBroadcast(g3_0, 5u));
    let x29_1 = vec4<f32>(subgroupBroadcast(g3_1, 5u));
    let x29_2 = vec4<f32>(subgroupBroadcast(g3_2, 5u));
    let x29_3 = vec4<f32>(subgroupBroadcast(g3_3, 5u));
    acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
    let x30_0 = vec4<f32>(subgroupBroadcast(g3_0, 6u));
    let x30_1 = vec4<f32>(subgroupBroadcast(g3_1, 6u));
    let x30_2 = vec4<f32>(subgroupBroadcast(g3_2, 6u));
    let x30_3 = vec4<f32>(subgroupBroadcast(g3_3, 6u));
    acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
    let x31_0 = vec4<f32>(subgroupBroadcast(g3_0, 7u));
    let x31_1 = vec4<f32>(subgroupBroadcast(g3_1, 7u));
    let x31_2 = vec4<f32>(subgroupBroadcast(g3_2, 7u));
    let x31_3 = vec4<f32>(subgroupBroadcast(g3_3, 7u));
    acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
  }
  // store
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  if (row0 + 0u < rows) {
    let orow = row0 + 0u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc0_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc0_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc0_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc0_0[3];
    }
  }
  if (row0 + 1u < rows) {
    let orow = row0 + 1u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc1_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc1_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc1_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc1_0[3];
    }
  }
  if (row0 + 2u < rows) {
    let orow = row0 + 2u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc2_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc2_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc2_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc2_0[3];
    }
  }
  if (row0 + 3u < rows) {
    let orow = row0 + 3u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc3_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc3_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc3_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc3_0[3];
    }
  }
  if (row0 + 4u < rows) {
    let orow = row0 + 4u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc4_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc4_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc4_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc4_0[3];
    }
  }
  if (row0 + 5u < rows) {
    let orow = row0 + 5u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc5_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc5_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc5_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc5_0[3];
    }
  }
  if (row0 + 6u < rows) {
    let orow = row0 + 6u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc6_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc6_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc6_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc6_0[3];
    }
  }
  if (row0 + 7u < rows) {
    let orow = row0 + 7u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc7_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc7_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc7_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc7_0[3];
    }
  }
  if (row0 + 8u < rows) {
    let orow = row0 + 8u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc8_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc8_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc8_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc8_0[3];
    }
  }
  if (row0 + 9u < rows) {
    let orow = row0 + 9u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc9_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc9_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc9_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc9_0[3];
    }
  }
  if (row0 + 10u < rows) {
    let orow = row0 + 10u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc10_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc10_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc10_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc10_0[3];
    }
  }
  if (row0 + 11u < rows) {
    let orow = row0 + 11u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc11_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc11_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc11_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc11_0[3];
    }
  }
  if (row0 + 12u < rows) {
    let orow = row0 + 12u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc12_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc12_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc12_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc12_0[3];
    }
  }
  if (row0 + 13u < rows) {
    let orow = row0 + 13u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc13_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc13_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc13_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc13_0[3];
    }
  }
  if (row0 + 14u < rows) {
    let orow = row0 + 14u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc14_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc14_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc14_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc14_0[3];
    }
  }
  if (row0 + 15u < rows) {
    let orow = row0 + 15u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc15_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc15_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc15_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc15_0[3];
    }
  }
  if (row0 + 16u < rows) {
    let orow = row0 + 16u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc16_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc16_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc16_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc16_0[3];
    }
  }
  if (row0 + 17u < rows) {
    let orow = row0 + 17u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc17_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc17_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc17_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc17_0[3];
    }
  }
  if (row0 + 18u < rows) {
    let orow = row0 + 18u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc18_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc18_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc18_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc18_0[3];
    }
  }
  if (row0 + 19u < rows) {
    let orow = row0 + 19u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc19_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc19_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc19_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc19_0[3];
    }
  }
  if (row0 + 20u < rows) {
    let orow = row0 + 20u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc20_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc20_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc20_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc20_0[3];
    }
  }
  if (row0 + 21u < rows) {
    let orow = row0 + 21u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc21_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc21_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc21_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc21_0[3];
    }
  }
  if (row0 + 22u < rows) {
    let orow = row0 + 22u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc22_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc22_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc22_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc22_0[3];
    }
  }
  if (row0 + 23u < rows) {
    let orow = row0 + 23u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc23_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc23_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc23_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc23_0[3];
    }
  }
  if (row0 + 24u < rows) {
    let orow = row0 + 24u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc24_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc24_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc24_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc24_0[3];
    }
  }
  if (row0 + 25u < rows) {
    let orow = row0 + 25u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc25_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc25_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc25_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc25_0[3];
    }
  }
  if (row0 + 26u < rows) {
    let orow = row0 + 26u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc26_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc26_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc26_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc26_0[3];
    }
  }
  if (row0 + 27u < rows) {
    let orow = row0 + 27u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc27_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc27_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc27_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc27_0[3];
    }
  }
  if (row0 + 28u < rows) {
    let orow = row0 + 28u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc28_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc28_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc28_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc28_0[3];
    }
  }
  if (row0 + 29u < rows) {
    let orow = row0 + 29u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc29_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc29_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc29_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc29_0[3];
    }
  }
  if (row0 + 30u < rows) {
    let orow = row0 + 30u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc30_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc30_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc30_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc30_0[3];
    }
  }
  if (row0 + 31u < rows) {
    let orow = row0 + 31u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc31_0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc31_0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc31_0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc31_0[3];
    }
  }
}

