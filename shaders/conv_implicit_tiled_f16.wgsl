enable f16;
// f16 operands (mixed precision), each widened to f32 as it is loaded: f32 products, sums and C.
// GENERATED FILE - do not edit. Produced by tools/gen_conv.py; regenerate with `python3 tools/gen_conv.py`.
// Implicit-GEMM convolutions, GPU tiling (see the generator's docstring for the GEMMs).
// workgroup_size(256): 64 rows x 64 cols per workgroup, 4 x 4 per invocation, K step 16;
// A and B tiles in workgroup memory (16384 bytes), double buffered. No subgroup operations.
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
@group(0) @binding(2) var<storage, read> wk: array<f16>;  // scalar view (backward weight)
var<workgroup> conv_tiled_a: array<vec4<f32>, 512>;
var<workgroup> conv_tiled_b: array<vec4<f32>, 512>;

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

@compute @workgroup_size(256, 1, 1)
fn conv2d_forward_tiled(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 64u;
  let n0 = wg.x * 64u;
  let nb = wg.z;
  let hw = p.h * p.w;
  let base = nb * p.c * hw;
  let rows = p.m;
  let kbeg = 0u;
  let kend = p.k;
  let steps = (kend - kbeg + 15u) / 16u;
  // the A row this invocation gathers (past the end: the last row again, never stored)
  let la_row = li % 64u;
  let la_k = 4u * (li / 64u);
  let rqr = min(m0 + la_row, p.m - 1u);
  let oyr = rqr / p.wo;
  let ayr = i32(oyr * p.s) - i32(p.pt);
  let axr = i32((rqr - oyr * p.wo) * p.s) - i32(p.pl);
  // the B column it reads (clamped; columns past the end are never stored)
  let lb_col = li / 4u;
  let lb_k = 4u * (li % 4u);
  let cb = min(n0 + lb_col, p.ncols - 1u);
  let cbase = cb * (p.kv / 4u);
  var pa = vec4<f32>(0.0);
  var pb = vec4<f32>(0.0);
  {
    var kk = kbeg + la_k;
    let sc = kk / (p.kh * p.kw);
    let sr = kk - sc * p.kh * p.kw;
    var ki = sr / p.kw;
    var kj = sr - ki * p.kw;
    var kc = sc * hw;
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
    let yg0 = ayr + ki0;
    let xg0 = axr + kj0;
    let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
    let g0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0) * p.w + u32(xg0), ing0)]), ing0);
    let yg1 = ayr + ki1;
    let xg1 = axr + kj1;
    let ing1 = ok1 && u32(yg1) < p.h && u32(xg1) < p.w;
    let g1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1) * p.w + u32(xg1), ing1)]), ing1);
    let yg2 = ayr + ki2;
    let xg2 = axr + kj2;
    let ing2 = ok2 && u32(yg2) < p.h && u32(xg2) < p.w;
    let g2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2) * p.w + u32(xg2), ing2)]), ing2);
    let yg3 = ayr + ki3;
    let xg3 = axr + kj3;
    let ing3 = ok3 && u32(yg3) < p.h && u32(xg3) < p.w;
    let g3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3) * p.w + u32(xg3), ing3)]), ing3);
    pa = vec4<f32>(g0, g1, g2, g3);
  }
  {
    let kb = kbeg + lb_k;  // a multiple of 4: kbeg = 0 and the steps are 16 wide
    pb = select(vec4<f32>(0.0), vec4<f32>(wk4[min(cbase + kb / 4u, arrayLength(&wk4) - 1u)]), kb < p.kv && n0 + lb_col < p.ncols);
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
    conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
    conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
    conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
    conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
    conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
    conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
    conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
  }
  workgroupBarrier();
  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        var kk = kbeg + (t + 1u) * 16u + la_k;
        let sc = kk / (p.kh * p.kw);
        let sr = kk - sc * p.kh * p.kw;
        var ki = sr / p.kw;
        var kj = sr - ki * p.kw;
        var kc = sc * hw;
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
        let yg0 = ayr + ki0;
        let xg0 = axr + kj0;
        let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
        let g0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0) * p.w + u32(xg0), ing0)]), ing0);
        let yg1 = ayr + ki1;
        let xg1 = axr + kj1;
        let ing1 = ok1 && u32(yg1) < p.h && u32(xg1) < p.w;
        let g1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1) * p.w + u32(xg1), ing1)]), ing1);
        let yg2 = ayr + ki2;
        let xg2 = axr + kj2;
        let ing2 = ok2 && u32(yg2) < p.h && u32(xg2) < p.w;
        let g2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2) * p.w + u32(xg2), ing2)]), ing2);
        let yg3 = ayr + ki3;
        let xg3 = axr + kj3;
        let ing3 = ok3 && u32(yg3) < p.h && u32(xg3) < p.w;
        let g3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3) * p.w + u32(xg3), ing3)]), ing3);
        pa = vec4<f32>(g0, g1, g2, g3);
      }
      {
        let kb = kbeg + (t + 1u) * 16u + lb_k;  // a multiple of 4: kbeg = 0 and the steps are 16 wide
        pb = select(vec4<f32>(0.0), vec4<f32>(wk4[min(cbase + kb / 4u, arrayLength(&wk4) - 1u)]), kb < p.kv && n0 + lb_col < p.ncols);
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // k ascends (zeros past kend), as in the other kernels
    let a0 = conv_tiled_a[ra + 0u];
    let b0 = conv_tiled_b[rb + 0u];
    acc0 = fma(vec4<f32>(a0[0]), b0, acc0); acc1 = fma(vec4<f32>(a0[1]), b0, acc1); acc2 = fma(vec4<f32>(a0[2]), b0, acc2); acc3 = fma(vec4<f32>(a0[3]), b0, acc3);
    let a1 = conv_tiled_a[ra + 16u];
    let b1 = conv_tiled_b[rb + 16u];
    acc0 = fma(vec4<f32>(a1[0]), b1, acc0); acc1 = fma(vec4<f32>(a1[1]), b1, acc1); acc2 = fma(vec4<f32>(a1[2]), b1, acc2); acc3 = fma(vec4<f32>(a1[3]), b1, acc3);
    let a2 = conv_tiled_a[ra + 32u];
    let b2 = conv_tiled_b[rb + 32u];
    acc0 = fma(vec4<f32>(a2[0]), b2, acc0); acc1 = fma(vec4<f32>(a2[1]), b2, acc1); acc2 = fma(vec4<f32>(a2[2]), b2, acc2); acc3 = fma(vec4<f32>(a2[3]), b2, acc3);
    let a3 = conv_tiled_a[ra + 48u];
    let b3 = conv_tiled_b[rb + 48u];
    acc0 = fma(vec4<f32>(a3[0]), b3, acc0); acc1 = fma(vec4<f32>(a3[1]), b3, acc1); acc2 = fma(vec4<f32>(a3[2]), b3, acc2); acc3 = fma(vec4<f32>(a3[3]), b3, acc3);
    let a4 = conv_tiled_a[ra + 64u];
    let b4 = conv_tiled_b[rb + 64u];
    acc0 = fma(vec4<f32>(a4[0]), b4, acc0); acc1 = fma(vec4<f32>(a4[1]), b4, acc1); acc2 = fma(vec4<f32>(a4[2]), b4, acc2); acc3 = fma(vec4<f32>(a4[3]), b4, acc3);
    let a5 = conv_tiled_a[ra + 80u];
    let b5 = conv_tiled_b[rb + 80u];
    acc0 = fma(vec4<f32>(a5[0]), b5, acc0); acc1 = fma(vec4<f32>(a5[1]), b5, acc1); acc2 = fma(vec4<f32>(a5[2]), b5, acc2); acc3 = fma(vec4<f32>(a5[3]), b5, acc3);
    let a6 = conv_tiled_a[ra + 96u];
    let b6 = conv_tiled_b[rb + 96u];
    acc0 = fma(vec4<f32>(a6[0]), b6, acc0); acc1 = fma(vec4<f32>(a6[1]), b6, acc1); acc2 = fma(vec4<f32>(a6[2]), b6, acc2); acc3 = fma(vec4<f32>(a6[3]), b6, acc3);
    let a7 = conv_tiled_a[ra + 112u];
    let b7 = conv_tiled_b[rb + 112u];
    acc0 = fma(vec4<f32>(a7[0]), b7, acc0); acc1 = fma(vec4<f32>(a7[1]), b7, acc1); acc2 = fma(vec4<f32>(a7[2]), b7, acc2); acc3 = fma(vec4<f32>(a7[3]), b7, acc3);
    let a8 = conv_tiled_a[ra + 128u];
    let b8 = conv_tiled_b[rb + 128u];
    acc0 = fma(vec4<f32>(a8[0]), b8, acc0); acc1 = fma(vec4<f32>(a8[1]), b8, acc1); acc2 = fma(vec4<f32>(a8[2]), b8, acc2); acc3 = fma(vec4<f32>(a8[3]), b8, acc3);
    let a9 = conv_tiled_a[ra + 144u];
    let b9 = conv_tiled_b[rb + 144u];
    acc0 = fma(vec4<f32>(a9[0]), b9, acc0); acc1 = fma(vec4<f32>(a9[1]), b9, acc1); acc2 = fma(vec4<f32>(a9[2]), b9, acc2); acc3 = fma(vec4<f32>(a9[3]), b9, acc3);
    let a10 = conv_tiled_a[ra + 160u];
    let b10 = conv_tiled_b[rb + 160u];
    acc0 = fma(vec4<f32>(a10[0]), b10, acc0); acc1 = fma(vec4<f32>(a10[1]), b10, acc1); acc2 = fma(vec4<f32>(a10[2]), b10, acc2); acc3 = fma(vec4<f32>(a10[3]), b10, acc3);
    let a11 = conv_tiled_a[ra + 176u];
    let b11 = conv_tiled_b[rb + 176u];
    acc0 = fma(vec4<f32>(a11[0]), b11, acc0); acc1 = fma(vec4<f32>(a11[1]), b11, acc1); acc2 = fma(vec4<f32>(a11[2]), b11, acc2); acc3 = fma(vec4<f32>(a11[3]), b11, acc3);
    let a12 = conv_tiled_a[ra + 192u];
    let b12 = conv_tiled_b[rb + 192u];
    acc0 = fma(vec4<f32>(a12[0]), b12, acc0); acc1 = fma(vec4<f32>(a12[1]), b12, acc1); acc2 = fma(vec4<f32>(a12[2]), b12, acc2); acc3 = fma(vec4<f32>(a12[3]), b12, acc3);
    let a13 = conv_tiled_a[ra + 208u];
    let b13 = conv_tiled_b[rb + 208u];
    acc0 = fma(vec4<f32>(a13[0]), b13, acc0); acc1 = fma(vec4<f32>(a13[1]), b13, acc1); acc2 = fma(vec4<f32>(a13[2]), b13, acc2); acc3 = fma(vec4<f32>(a13[3]), b13, acc3);
    let a14 = conv_tiled_a[ra + 224u];
    let b14 = conv_tiled_b[rb + 224u];
    acc0 = fma(vec4<f32>(a14[0]), b14, acc0); acc1 = fma(vec4<f32>(a14[1]), b14, acc1); acc2 = fma(vec4<f32>(a14[2]), b14, acc2); acc3 = fma(vec4<f32>(a14[3]), b14, acc3);
    let a15 = conv_tiled_a[ra + 240u];
    let b15 = conv_tiled_b[rb + 240u];
    acc0 = fma(vec4<f32>(a15[0]), b15, acc0); acc1 = fma(vec4<f32>(a15[1]), b15, acc1); acc2 = fma(vec4<f32>(a15[2]), b15, acc2); acc3 = fma(vec4<f32>(a15[3]), b15, acc3);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
      conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
      conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
      conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
      conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
      conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
      conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
      conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
    }
    workgroupBarrier();
  }
  // store
  let oc0 = n0 + 4u * tx + 0u;
  let oc1 = n0 + 4u * tx + 1u;
  let oc2 = n0 + 4u * tx + 2u;
  let oc3 = n0 + 4u * tx + 3u;
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
  if (m0 + 4u * ty + 0u < rows) {
    let orow = m0 + 4u * ty + 0u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc0[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc0[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc0[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc0[3], boc3);
    }
  }
  if (m0 + 4u * ty + 1u < rows) {
    let orow = m0 + 4u * ty + 1u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc1[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc1[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc1[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc1[3], boc3);
    }
  }
  if (m0 + 4u * ty + 2u < rows) {
    let orow = m0 + 4u * ty + 2u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc2[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc2[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc2[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc2[3], boc3);
    }
  }
  if (m0 + 4u * ty + 3u < rows) {
    let orow = m0 + 4u * ty + 3u;
    if (oc0 < p.ncols) {
      out[(nb * p.ncols + oc0) * p.m + orow] = epilogue(acc3[0], boc0);
    }
    if (oc1 < p.ncols) {
      out[(nb * p.ncols + oc1) * p.m + orow] = epilogue(acc3[1], boc1);
    }
    if (oc2 < p.ncols) {
      out[(nb * p.ncols + oc2) * p.m + orow] = epilogue(acc3[2], boc2);
    }
    if (oc3 < p.ncols) {
      out[(nb * p.ncols + oc3) * p.m + orow] = epilogue(acc3[3], boc3);
    }
  }
}

@compute @workgroup_size(256, 1, 1)
fn conv2d_backward_input_tiled(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 64u;
  let n0 = wg.x * 64u;
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
  let kbeg = 0u;
  let kend = p.k;
  let steps = (kend - kbeg + 15u) / 16u;
  // the A row this invocation gathers (past the end: the last row again, never stored)
  let la_row = li % 64u;
  let la_k = 4u * (li / 64u);
  let rtr = min(m0 + la_row, max(rows, 1u) - 1u);
  let tyr = rtr / max(nx, 1u);
  let ayr = i32((y0 + p.s * tyr + p.pt) / p.s);
  let axr = i32((x0 + p.s * (rtr - tyr * nx) + p.pl) / p.s);
  // the B column it reads (clamped; columns past the end are never stored)
  let lb_col = li / 4u;
  let lb_k = 4u * (li % 4u);
  let cb = min(n0 + lb_col, p.ncols - 1u);
  let cbase = (ph * p.ncols + cb) * (p.kv / 4u);
  var pa = vec4<f32>(0.0);
  var pb = vec4<f32>(0.0);
  {
    var kk = kbeg + la_k;
    let sc = kk / (p.ta * p.tb);
    let sr = kk - sc * p.ta * p.tb;
    var ka = sr / p.tb;
    var kb = sr - ka * p.tb;
    var kc = sc * howo;
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
    let yg0 = ayr - ka0;
    let xg0 = axr - kb0;
    let ing0 = ok0 && u32(yg0) < p.ho && u32(xg0) < p.wo;
    let g0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0) * p.wo + u32(xg0), ing0)]), ing0);
    let yg1 = ayr - ka1;
    let xg1 = axr - kb1;
    let ing1 = ok1 && u32(yg1) < p.ho && u32(xg1) < p.wo;
    let g1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1) * p.wo + u32(xg1), ing1)]), ing1);
    let yg2 = ayr - ka2;
    let xg2 = axr - kb2;
    let ing2 = ok2 && u32(yg2) < p.ho && u32(xg2) < p.wo;
    let g2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2) * p.wo + u32(xg2), ing2)]), ing2);
    let yg3 = ayr - ka3;
    let xg3 = axr - kb3;
    let ing3 = ok3 && u32(yg3) < p.ho && u32(xg3) < p.wo;
    let g3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3) * p.wo + u32(xg3), ing3)]), ing3);
    pa = vec4<f32>(g0, g1, g2, g3);
  }
  {
    let kb = kbeg + lb_k;  // a multiple of 4: kbeg = 0 and the steps are 16 wide
    pb = select(vec4<f32>(0.0), vec4<f32>(wk4[min(cbase + kb / 4u, arrayLength(&wk4) - 1u)]), kb < p.kv && n0 + lb_col < p.ncols);
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
    conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
    conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
    conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
    conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
    conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
    conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
    conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
  }
  workgroupBarrier();
  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        var kk = kbeg + (t + 1u) * 16u + la_k;
        let sc = kk / (p.ta * p.tb);
        let sr = kk - sc * p.ta * p.tb;
        var ka = sr / p.tb;
        var kb = sr - ka * p.tb;
        var kc = sc * howo;
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
        let yg0 = ayr - ka0;
        let xg0 = axr - kb0;
        let ing0 = ok0 && u32(yg0) < p.ho && u32(xg0) < p.wo;
        let g0 = select(0.0, f32(src[select(0u, base + kc0 + u32(yg0) * p.wo + u32(xg0), ing0)]), ing0);
        let yg1 = ayr - ka1;
        let xg1 = axr - kb1;
        let ing1 = ok1 && u32(yg1) < p.ho && u32(xg1) < p.wo;
        let g1 = select(0.0, f32(src[select(0u, base + kc1 + u32(yg1) * p.wo + u32(xg1), ing1)]), ing1);
        let yg2 = ayr - ka2;
        let xg2 = axr - kb2;
        let ing2 = ok2 && u32(yg2) < p.ho && u32(xg2) < p.wo;
        let g2 = select(0.0, f32(src[select(0u, base + kc2 + u32(yg2) * p.wo + u32(xg2), ing2)]), ing2);
        let yg3 = ayr - ka3;
        let xg3 = axr - kb3;
        let ing3 = ok3 && u32(yg3) < p.ho && u32(xg3) < p.wo;
        let g3 = select(0.0, f32(src[select(0u, base + kc3 + u32(yg3) * p.wo + u32(xg3), ing3)]), ing3);
        pa = vec4<f32>(g0, g1, g2, g3);
      }
      {
        let kb = kbeg + (t + 1u) * 16u + lb_k;  // a multiple of 4: kbeg = 0 and the steps are 16 wide
        pb = select(vec4<f32>(0.0), vec4<f32>(wk4[min(cbase + kb / 4u, arrayLength(&wk4) - 1u)]), kb < p.kv && n0 + lb_col < p.ncols);
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // k ascends (zeros past kend), as in the other kernels
    let a0 = conv_tiled_a[ra + 0u];
    let b0 = conv_tiled_b[rb + 0u];
    acc0 = fma(vec4<f32>(a0[0]), b0, acc0); acc1 = fma(vec4<f32>(a0[1]), b0, acc1); acc2 = fma(vec4<f32>(a0[2]), b0, acc2); acc3 = fma(vec4<f32>(a0[3]), b0, acc3);
    let a1 = conv_tiled_a[ra + 16u];
    let b1 = conv_tiled_b[rb + 16u];
    acc0 = fma(vec4<f32>(a1[0]), b1, acc0); acc1 = fma(vec4<f32>(a1[1]), b1, acc1); acc2 = fma(vec4<f32>(a1[2]), b1, acc2); acc3 = fma(vec4<f32>(a1[3]), b1, acc3);
    let a2 = conv_tiled_a[ra + 32u];
    let b2 = conv_tiled_b[rb + 32u];
    acc0 = fma(vec4<f32>(a2[0]), b2, acc0); acc1 = fma(vec4<f32>(a2[1]), b2, acc1); acc2 = fma(vec4<f32>(a2[2]), b2, acc2); acc3 = fma(vec4<f32>(a2[3]), b2, acc3);
    let a3 = conv_tiled_a[ra + 48u];
    let b3 = conv_tiled_b[rb + 48u];
    acc0 = fma(vec4<f32>(a3[0]), b3, acc0); acc1 = fma(vec4<f32>(a3[1]), b3, acc1); acc2 = fma(vec4<f32>(a3[2]), b3, acc2); acc3 = fma(vec4<f32>(a3[3]), b3, acc3);
    let a4 = conv_tiled_a[ra + 64u];
    let b4 = conv_tiled_b[rb + 64u];
    acc0 = fma(vec4<f32>(a4[0]), b4, acc0); acc1 = fma(vec4<f32>(a4[1]), b4, acc1); acc2 = fma(vec4<f32>(a4[2]), b4, acc2); acc3 = fma(vec4<f32>(a4[3]), b4, acc3);
    let a5 = conv_tiled_a[ra + 80u];
    let b5 = conv_tiled_b[rb + 80u];
    acc0 = fma(vec4<f32>(a5[0]), b5, acc0); acc1 = fma(vec4<f32>(a5[1]), b5, acc1); acc2 = fma(vec4<f32>(a5[2]), b5, acc2); acc3 = fma(vec4<f32>(a5[3]), b5, acc3);
    let a6 = conv_tiled_a[ra + 96u];
    let b6 = conv_tiled_b[rb + 96u];
    acc0 = fma(vec4<f32>(a6[0]), b6, acc0); acc1 = fma(vec4<f32>(a6[1]), b6, acc1); acc2 = fma(vec4<f32>(a6[2]), b6, acc2); acc3 = fma(vec4<f32>(a6[3]), b6, acc3);
    let a7 = conv_tiled_a[ra + 112u];
    let b7 = conv_tiled_b[rb + 112u];
    acc0 = fma(vec4<f32>(a7[0]), b7, acc0); acc1 = fma(vec4<f32>(a7[1]), b7, acc1); acc2 = fma(vec4<f32>(a7[2]), b7, acc2); acc3 = fma(vec4<f32>(a7[3]), b7, acc3);
    let a8 = conv_tiled_a[ra + 128u];
    let b8 = conv_tiled_b[rb + 128u];
    acc0 = fma(vec4<f32>(a8[0]), b8, acc0); acc1 = fma(vec4<f32>(a8[1]), b8, acc1); acc2 = fma(vec4<f32>(a8[2]), b8, acc2); acc3 = fma(vec4<f32>(a8[3]), b8, acc3);
    let a9 = conv_tiled_a[ra + 144u];
    let b9 = conv_tiled_b[rb + 144u];
    acc0 = fma(vec4<f32>(a9[0]), b9, acc0); acc1 = fma(vec4<f32>(a9[1]), b9, acc1); acc2 = fma(vec4<f32>(a9[2]), b9, acc2); acc3 = fma(vec4<f32>(a9[3]), b9, acc3);
    let a10 = conv_tiled_a[ra + 160u];
    let b10 = conv_tiled_b[rb + 160u];
    acc0 = fma(vec4<f32>(a10[0]), b10, acc0); acc1 = fma(vec4<f32>(a10[1]), b10, acc1); acc2 = fma(vec4<f32>(a10[2]), b10, acc2); acc3 = fma(vec4<f32>(a10[3]), b10, acc3);
    let a11 = conv_tiled_a[ra + 176u];
    let b11 = conv_tiled_b[rb + 176u];
    acc0 = fma(vec4<f32>(a11[0]), b11, acc0); acc1 = fma(vec4<f32>(a11[1]), b11, acc1); acc2 = fma(vec4<f32>(a11[2]), b11, acc2); acc3 = fma(vec4<f32>(a11[3]), b11, acc3);
    let a12 = conv_tiled_a[ra + 192u];
    let b12 = conv_tiled_b[rb + 192u];
    acc0 = fma(vec4<f32>(a12[0]), b12, acc0); acc1 = fma(vec4<f32>(a12[1]), b12, acc1); acc2 = fma(vec4<f32>(a12[2]), b12, acc2); acc3 = fma(vec4<f32>(a12[3]), b12, acc3);
    let a13 = conv_tiled_a[ra + 208u];
    let b13 = conv_tiled_b[rb + 208u];
    acc0 = fma(vec4<f32>(a13[0]), b13, acc0); acc1 = fma(vec4<f32>(a13[1]), b13, acc1); acc2 = fma(vec4<f32>(a13[2]), b13, acc2); acc3 = fma(vec4<f32>(a13[3]), b13, acc3);
    let a14 = conv_tiled_a[ra + 224u];
    let b14 = conv_tiled_b[rb + 224u];
    acc0 = fma(vec4<f32>(a14[0]), b14, acc0); acc1 = fma(vec4<f32>(a14[1]), b14, acc1); acc2 = fma(vec4<f32>(a14[2]), b14, acc2); acc3 = fma(vec4<f32>(a14[3]), b14, acc3);
    let a15 = conv_tiled_a[ra + 240u];
    let b15 = conv_tiled_b[rb + 240u];
    acc0 = fma(vec4<f32>(a15[0]), b15, acc0); acc1 = fma(vec4<f32>(a15[1]), b15, acc1); acc2 = fma(vec4<f32>(a15[2]), b15, acc2); acc3 = fma(vec4<f32>(a15[3]), b15, acc3);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
      conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
      conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
      conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
      conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
      conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
      conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
      conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
    }
    workgroupBarrier();
  }
  // store
  let oc0 = n0 + 4u * tx + 0u;
  let oc1 = n0 + 4u * tx + 1u;
  let oc2 = n0 + 4u * tx + 2u;
  let oc3 = n0 + 4u * tx + 3u;
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
  if (m0 + 4u * ty + 0u < rows) {
    let orow = m0 + 4u * ty + 0u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc0[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc0[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc0[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc0[3], boc3);
    }
  }
  if (m0 + 4u * ty + 1u < rows) {
    let orow = m0 + 4u * ty + 1u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc1[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc1[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc1[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc1[3], boc3);
    }
  }
  if (m0 + 4u * ty + 2u < rows) {
    let orow = m0 + 4u * ty + 2u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc2[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc2[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc2[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc2[3], boc3);
    }
  }
  if (m0 + 4u * ty + 3u < rows) {
    let orow = m0 + 4u * ty + 3u;
    if (oc0 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc0) * p.h + sy) * p.w + sx] = epilogue(acc3[0], boc0);
    }
    if (oc1 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc1) * p.h + sy) * p.w + sx] = epilogue(acc3[1], boc1);
    }
    if (oc2 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc2) * p.h + sy) * p.w + sx] = epilogue(acc3[2], boc2);
    }
    if (oc3 < p.ncols) {
      let sty = orow / nx;
      let sy = y0 + p.s * sty;
      let sx = x0 + p.s * (orow - sty * nx);
      out[((nb * p.ncols + oc3) * p.h + sy) * p.w + sx] = epilogue(acc3[3], boc3);
    }
  }
}

@compute @workgroup_size(256, 1, 1)
fn conv2d_backward_weight_tiled(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 64u;
  let n0 = wg.x * 64u;
  let hw = p.h * p.w;
  let howo = p.ho * p.wo;
  let khw = p.kh * p.kw;
  let rows = p.m;
  let kbeg = wg.z * p.kchunk;
  let kend = min(p.k, kbeg + p.kchunk);
  let steps = (kend - kbeg + 15u) / 16u;
  // the A row this invocation gathers (past the end: the last row again, never stored)
  let la_row = li % 64u;
  let la_k = 4u * (li / 64u);
  let rrr = min(m0 + la_row, p.m - 1u);
  let rcr = rrr / khw;
  let rkr = rrr - rcr * khw;
  let rir = rkr / p.kw;
  let ayr = i32(rir) - i32(p.pt);
  let axr = i32(rkr - rir * p.kw) - i32(p.pl);
  let ror = rcr * hw;
  // the B column it reads (clamped; columns past the end are never stored)
  let lb_col = li / 4u;
  let lb_k = 4u * (li % 4u);
  let cb = min(n0 + lb_col, p.ncols - 1u);
  var pa = vec4<f32>(0.0);
  var pb = vec4<f32>(0.0);
  {
    var kk = kbeg + la_k;
    let kn0 = kk / howo;
    var koy = (kk - kn0 * howo) / p.wo;
    var kox = kk - kn0 * howo - koy * p.wo;
    var kimg = kn0 * p.c * hw;
    var kdy = kn0 * p.o * howo + koy * p.wo + kox;
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
    let yg0 = ky0 + ayr;
    let xg0 = kx0 + axr;
    let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
    let g0 = select(0.0, f32(src[select(0u, kimg0 + ror + u32(yg0) * p.w + u32(xg0), ing0)]), ing0);
    let yg1 = ky1 + ayr;
    let xg1 = kx1 + axr;
    let ing1 = ok1 && u32(yg1) < p.h && u32(xg1) < p.w;
    let g1 = select(0.0, f32(src[select(0u, kimg1 + ror + u32(yg1) * p.w + u32(xg1), ing1)]), ing1);
    let yg2 = ky2 + ayr;
    let xg2 = kx2 + axr;
    let ing2 = ok2 && u32(yg2) < p.h && u32(xg2) < p.w;
    let g2 = select(0.0, f32(src[select(0u, kimg2 + ror + u32(yg2) * p.w + u32(xg2), ing2)]), ing2);
    let yg3 = ky3 + ayr;
    let xg3 = kx3 + axr;
    let ing3 = ok3 && u32(yg3) < p.h && u32(xg3) < p.w;
    let g3 = select(0.0, f32(src[select(0u, kimg3 + ror + u32(yg3) * p.w + u32(xg3), ing3)]), ing3);
    pa = vec4<f32>(g0, g1, g2, g3);
  }
  {
    var kk = kbeg + lb_k;
    let kn0 = kk / howo;
    var koy = (kk - kn0 * howo) / p.wo;
    var kox = kk - kn0 * howo - koy * p.wo;
    var kimg = kn0 * p.c * hw;
    var kdy = kn0 * p.o * howo + koy * p.wo + kox;
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
    pb = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cb * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cb * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cb * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cb * howo, ok3)]), ok3));
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
    conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
    conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
    conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
    conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
    conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
    conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
    conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
  }
  workgroupBarrier();
  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        var kk = kbeg + (t + 1u) * 16u + la_k;
        let kn0 = kk / howo;
        var koy = (kk - kn0 * howo) / p.wo;
        var kox = kk - kn0 * howo - koy * p.wo;
        var kimg = kn0 * p.c * hw;
        var kdy = kn0 * p.o * howo + koy * p.wo + kox;
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
        let yg0 = ky0 + ayr;
        let xg0 = kx0 + axr;
        let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
        let g0 = select(0.0, f32(src[select(0u, kimg0 + ror + u32(yg0) * p.w + u32(xg0), ing0)]), ing0);
        let yg1 = ky1 + ayr;
        let xg1 = kx1 + axr;
        let ing1 = ok1 && u32(yg1) < p.h && u32(xg1) < p.w;
        let g1 = select(0.0, f32(src[select(0u, kimg1 + ror + u32(yg1) * p.w + u32(xg1), ing1)]), ing1);
        let yg2 = ky2 + ayr;
        let xg2 = kx2 + axr;
        let ing2 = ok2 && u32(yg2) < p.h && u32(xg2) < p.w;
        let g2 = select(0.0, f32(src[select(0u, kimg2 + ror + u32(yg2) * p.w + u32(xg2), ing2)]), ing2);
        let yg3 = ky3 + ayr;
        let xg3 = kx3 + axr;
        let ing3 = ok3 && u32(yg3) < p.h && u32(xg3) < p.w;
        let g3 = select(0.0, f32(src[select(0u, kimg3 + ror + u32(yg3) * p.w + u32(xg3), ing3)]), ing3);
        pa = vec4<f32>(g0, g1, g2, g3);
      }
      {
        var kk = kbeg + (t + 1u) * 16u + lb_k;
        let kn0 = kk / howo;
        var koy = (kk - kn0 * howo) / p.wo;
        var kox = kk - kn0 * howo - koy * p.wo;
        var kimg = kn0 * p.c * hw;
        var kdy = kn0 * p.o * howo + koy * p.wo + kox;
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
        pb = vec4<f32>(select(0.0, f32(wk[select(0u, kdy0 + cb * howo, ok0)]), ok0), select(0.0, f32(wk[select(0u, kdy1 + cb * howo, ok1)]), ok1), select(0.0, f32(wk[select(0u, kdy2 + cb * howo, ok2)]), ok2), select(0.0, f32(wk[select(0u, kdy3 + cb * howo, ok3)]), ok3));
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // k ascends (zeros past kend), as in the other kernels
    let a0 = conv_tiled_a[ra + 0u];
    let b0 = conv_tiled_b[rb + 0u];
    acc0 = fma(vec4<f32>(a0[0]), b0, acc0); acc1 = fma(vec4<f32>(a0[1]), b0, acc1); acc2 = fma(vec4<f32>(a0[2]), b0, acc2); acc3 = fma(vec4<f32>(a0[3]), b0, acc3);
    let a1 = conv_tiled_a[ra + 16u];
    let b1 = conv_tiled_b[rb + 16u];
    acc0 = fma(vec4<f32>(a1[0]), b1, acc0); acc1 = fma(vec4<f32>(a1[1]), b1, acc1); acc2 = fma(vec4<f32>(a1[2]), b1, acc2); acc3 = fma(vec4<f32>(a1[3]), b1, acc3);
    let a2 = conv_tiled_a[ra + 32u];
    let b2 = conv_tiled_b[rb + 32u];
    acc0 = fma(vec4<f32>(a2[0]), b2, acc0); acc1 = fma(vec4<f32>(a2[1]), b2, acc1); acc2 = fma(vec4<f32>(a2[2]), b2, acc2); acc3 = fma(vec4<f32>(a2[3]), b2, acc3);
    let a3 = conv_tiled_a[ra + 48u];
    let b3 = conv_tiled_b[rb + 48u];
    acc0 = fma(vec4<f32>(a3[0]), b3, acc0); acc1 = fma(vec4<f32>(a3[1]), b3, acc1); acc2 = fma(vec4<f32>(a3[2]), b3, acc2); acc3 = fma(vec4<f32>(a3[3]), b3, acc3);
    let a4 = conv_tiled_a[ra + 64u];
    let b4 = conv_tiled_b[rb + 64u];
    acc0 = fma(vec4<f32>(a4[0]), b4, acc0); acc1 = fma(vec4<f32>(a4[1]), b4, acc1); acc2 = fma(vec4<f32>(a4[2]), b4, acc2); acc3 = fma(vec4<f32>(a4[3]), b4, acc3);
    let a5 = conv_tiled_a[ra + 80u];
    let b5 = conv_tiled_b[rb + 80u];
    acc0 = fma(vec4<f32>(a5[0]), b5, acc0); acc1 = fma(vec4<f32>(a5[1]), b5, acc1); acc2 = fma(vec4<f32>(a5[2]), b5, acc2); acc3 = fma(vec4<f32>(a5[3]), b5, acc3);
    let a6 = conv_tiled_a[ra + 96u];
    let b6 = conv_tiled_b[rb + 96u];
    acc0 = fma(vec4<f32>(a6[0]), b6, acc0); acc1 = fma(vec4<f32>(a6[1]), b6, acc1); acc2 = fma(vec4<f32>(a6[2]), b6, acc2); acc3 = fma(vec4<f32>(a6[3]), b6, acc3);
    let a7 = conv_tiled_a[ra + 112u];
    let b7 = conv_tiled_b[rb + 112u];
    acc0 = fma(vec4<f32>(a7[0]), b7, acc0); acc1 = fma(vec4<f32>(a7[1]), b7, acc1); acc2 = fma(vec4<f32>(a7[2]), b7, acc2); acc3 = fma(vec4<f32>(a7[3]), b7, acc3);
    let a8 = conv_tiled_a[ra + 128u];
    let b8 = conv_tiled_b[rb + 128u];
    acc0 = fma(vec4<f32>(a8[0]), b8, acc0); acc1 = fma(vec4<f32>(a8[1]), b8, acc1); acc2 = fma(vec4<f32>(a8[2]), b8, acc2); acc3 = fma(vec4<f32>(a8[3]), b8, acc3);
    let a9 = conv_tiled_a[ra + 144u];
    let b9 = conv_tiled_b[rb + 144u];
    acc0 = fma(vec4<f32>(a9[0]), b9, acc0); acc1 = fma(vec4<f32>(a9[1]), b9, acc1); acc2 = fma(vec4<f32>(a9[2]), b9, acc2); acc3 = fma(vec4<f32>(a9[3]), b9, acc3);
    let a10 = conv_tiled_a[ra + 160u];
    let b10 = conv_tiled_b[rb + 160u];
    acc0 = fma(vec4<f32>(a10[0]), b10, acc0); acc1 = fma(vec4<f32>(a10[1]), b10, acc1); acc2 = fma(vec4<f32>(a10[2]), b10, acc2); acc3 = fma(vec4<f32>(a10[3]), b10, acc3);
    let a11 = conv_tiled_a[ra + 176u];
    let b11 = conv_tiled_b[rb + 176u];
    acc0 = fma(vec4<f32>(a11[0]), b11, acc0); acc1 = fma(vec4<f32>(a11[1]), b11, acc1); acc2 = fma(vec4<f32>(a11[2]), b11, acc2); acc3 = fma(vec4<f32>(a11[3]), b11, acc3);
    let a12 = conv_tiled_a[ra + 192u];
    let b12 = conv_tiled_b[rb + 192u];
    acc0 = fma(vec4<f32>(a12[0]), b12, acc0); acc1 = fma(vec4<f32>(a12[1]), b12, acc1); acc2 = fma(vec4<f32>(a12[2]), b12, acc2); acc3 = fma(vec4<f32>(a12[3]), b12, acc3);
    let a13 = conv_tiled_a[ra + 208u];
    let b13 = conv_tiled_b[rb + 208u];
    acc0 = fma(vec4<f32>(a13[0]), b13, acc0); acc1 = fma(vec4<f32>(a13[1]), b13, acc1); acc2 = fma(vec4<f32>(a13[2]), b13, acc2); acc3 = fma(vec4<f32>(a13[3]), b13, acc3);
    let a14 = conv_tiled_a[ra + 224u];
    let b14 = conv_tiled_b[rb + 224u];
    acc0 = fma(vec4<f32>(a14[0]), b14, acc0); acc1 = fma(vec4<f32>(a14[1]), b14, acc1); acc2 = fma(vec4<f32>(a14[2]), b14, acc2); acc3 = fma(vec4<f32>(a14[3]), b14, acc3);
    let a15 = conv_tiled_a[ra + 240u];
    let b15 = conv_tiled_b[rb + 240u];
    acc0 = fma(vec4<f32>(a15[0]), b15, acc0); acc1 = fma(vec4<f32>(a15[1]), b15, acc1); acc2 = fma(vec4<f32>(a15[2]), b15, acc2); acc3 = fma(vec4<f32>(a15[3]), b15, acc3);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      conv_tiled_a[sa + ((la_k + 0u) * 64u + la_row) / 4u][la_row % 4u] = pa[0];
      conv_tiled_a[sa + ((la_k + 1u) * 64u + la_row) / 4u][la_row % 4u] = pa[1];
      conv_tiled_a[sa + ((la_k + 2u) * 64u + la_row) / 4u][la_row % 4u] = pa[2];
      conv_tiled_a[sa + ((la_k + 3u) * 64u + la_row) / 4u][la_row % 4u] = pa[3];
      conv_tiled_b[sb + ((lb_k + 0u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[0];
      conv_tiled_b[sb + ((lb_k + 1u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[1];
      conv_tiled_b[sb + ((lb_k + 2u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[2];
      conv_tiled_b[sb + ((lb_k + 3u) * 64u + lb_col) / 4u][lb_col % 4u] = pb[3];
    }
    workgroupBarrier();
  }
  // store
  let oc0 = n0 + 4u * tx + 0u;
  let oc1 = n0 + 4u * tx + 1u;
  let oc2 = n0 + 4u * tx + 2u;
  let oc3 = n0 + 4u * tx + 3u;
  if (m0 + 4u * ty + 0u < rows) {
    let orow = m0 + 4u * ty + 0u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc0[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc0[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc0[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc0[3];
    }
  }
  if (m0 + 4u * ty + 1u < rows) {
    let orow = m0 + 4u * ty + 1u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc1[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc1[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc1[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc1[3];
    }
  }
  if (m0 + 4u * ty + 2u < rows) {
    let orow = m0 + 4u * ty + 2u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc2[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc2[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc2[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc2[3];
    }
  }
  if (m0 + 4u * ty + 3u < rows) {
    let orow = m0 + 4u * ty + 3u;
    if (oc0 < p.ncols) {
      out[(wg.z * p.ncols + oc0) * p.m + orow] = acc3[0];
    }
    if (oc1 < p.ncols) {
      out[(wg.z * p.ncols + oc1) * p.m + orow] = acc3[1];
    }
    if (oc2 < p.ncols) {
      out[(wg.z * p.ncols + oc2) * p.m + orow] = acc3[2];
    }
    if (oc3 < p.ncols) {
      out[(wg.z * p.ncols + oc3) * p.m + orow] = acc3[3];
    }
  }
}

