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
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read> wk4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> bias: array<f32>;
@group(0) @binding(2) var<storage, read> wk: array<f32>;  // scalar view (backward weight)
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
  // the A slot this invocation fills: rows 4 la_row4 + 0..3 at k la_k of each step
  let la_row4 = li % 16u;
  let la_k = li / 16u;
  // (rows past the end: the last row again, never stored)
  let rqr0 = min(m0 + 4u * la_row4 + 0u, p.m - 1u);
  let oyr0 = rqr0 / p.wo;
  let ayr0 = i32(oyr0 * p.s) - i32(p.pt);
  let axr0 = i32((rqr0 - oyr0 * p.wo) * p.s) - i32(p.pl);
  let rqr1 = min(m0 + 4u * la_row4 + 1u, p.m - 1u);
  let oyr1 = rqr1 / p.wo;
  let ayr1 = i32(oyr1 * p.s) - i32(p.pt);
  let axr1 = i32((rqr1 - oyr1 * p.wo) * p.s) - i32(p.pl);
  let rqr2 = min(m0 + 4u * la_row4 + 2u, p.m - 1u);
  let oyr2 = rqr2 / p.wo;
  let ayr2 = i32(oyr2 * p.s) - i32(p.pt);
  let axr2 = i32((rqr2 - oyr2 * p.wo) * p.s) - i32(p.pl);
  let rqr3 = min(m0 + 4u * la_row4 + 3u, p.m - 1u);
  let oyr3 = rqr3 / p.wo;
  let ayr3 = i32(oyr3 * p.s) - i32(p.pt);
  let axr3 = i32((rqr3 - oyr3 * p.wo) * p.s) - i32(p.pl);
  // the B slot: columns 4 lb_col4 + 0..3 at k lb_k (clamped; columns past the end are never stored)
  let lb_k = li % 16u;
  let lb_col4 = li / 16u;
  let cb0 = min(n0 + 4u * lb_col4 + 0u, p.ncols - 1u);
  let cbase0 = 4u * (cb0 * (p.kv / 4u));  // row cb0 of wk
  let cb1 = min(n0 + 4u * lb_col4 + 1u, p.ncols - 1u);
  let cbase1 = 4u * (cb1 * (p.kv / 4u));  // row cb1 of wk
  let cb2 = min(n0 + 4u * lb_col4 + 2u, p.ncols - 1u);
  let cbase2 = 4u * (cb2 * (p.kv / 4u));  // row cb2 of wk
  let cb3 = min(n0 + 4u * lb_col4 + 3u, p.ncols - 1u);
  let cbase3 = 4u * (cb3 * (p.kv / 4u));  // row cb3 of wk
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
    let yg0 = ayr0 + ki0;
    let xg0 = axr0 + kj0;
    let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
    let g0 = select(0.0, src[select(0u, base + kc0 + u32(yg0) * p.w + u32(xg0), ing0)], ing0);
    let yg1 = ayr1 + ki0;
    let xg1 = axr1 + kj0;
    let ing1 = ok0 && u32(yg1) < p.h && u32(xg1) < p.w;
    let g1 = select(0.0, src[select(0u, base + kc0 + u32(yg1) * p.w + u32(xg1), ing1)], ing1);
    let yg2 = ayr2 + ki0;
    let xg2 = axr2 + kj0;
    let ing2 = ok0 && u32(yg2) < p.h && u32(xg2) < p.w;
    let g2 = select(0.0, src[select(0u, base + kc0 + u32(yg2) * p.w + u32(xg2), ing2)], ing2);
    let yg3 = ayr3 + ki0;
    let xg3 = axr3 + kj0;
    let ing3 = ok0 && u32(yg3) < p.h && u32(xg3) < p.w;
    let g3 = select(0.0, src[select(0u, base + kc0 + u32(yg3) * p.w + u32(xg3), ing3)], ing3);
    pa = vec4<f32>(g0, g1, g2, g3);
  }
  {
    let kb = kbeg + lb_k;  // kbeg = 0: the weight rows are zero-padded to kv
    let okb = kb < p.kv;
    pb = vec4<f32>(select(0.0, wk[select(0u, cbase0 + kb, okb)], okb), select(0.0, wk[select(0u, cbase1 + kb, okb)], okb), select(0.0, wk[select(0u, cbase2 + kb, okb)], okb), select(0.0, wk[select(0u, cbase3 + kb, okb)], okb));
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
    conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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
        let yg0 = ayr0 + ki0;
        let xg0 = axr0 + kj0;
        let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
        let g0 = select(0.0, src[select(0u, base + kc0 + u32(yg0) * p.w + u32(xg0), ing0)], ing0);
        let yg1 = ayr1 + ki0;
        let xg1 = axr1 + kj0;
        let ing1 = ok0 && u32(yg1) < p.h && u32(xg1) < p.w;
        let g1 = select(0.0, src[select(0u, base + kc0 + u32(yg1) * p.w + u32(xg1), ing1)], ing1);
        let yg2 = ayr2 + ki0;
        let xg2 = axr2 + kj0;
        let ing2 = ok0 && u32(yg2) < p.h && u32(xg2) < p.w;
        let g2 = select(0.0, src[select(0u, base + kc0 + u32(yg2) * p.w + u32(xg2), ing2)], ing2);
        let yg3 = ayr3 + ki0;
        let xg3 = axr3 + kj0;
        let ing3 = ok0 && u32(yg3) < p.h && u32(xg3) < p.w;
        let g3 = select(0.0, src[select(0u, base + kc0 + u32(yg3) * p.w + u32(xg3), ing3)], ing3);
        pa = vec4<f32>(g0, g1, g2, g3);
      }
      {
        let kb = kbeg + (t + 1u) * 16u + lb_k;  // kbeg = 0: the weight rows are zero-padded to kv
        let okb = kb < p.kv;
        pb = vec4<f32>(select(0.0, wk[select(0u, cbase0 + kb, okb)], okb), select(0.0, wk[select(0u, cbase1 + kb, okb)], okb), select(0.0, wk[select(0u, cbase2 + kb, okb)], okb), select(0.0, wk[select(0u, cbase3 + kb, okb)], okb));
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
      conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
      conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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
  // the A slot this invocation fills: rows 4 la_row4 + 0..3 at k la_k of each step
  let la_row4 = li % 16u;
  let la_k = li / 16u;
  // (rows past the end: the last row again, never stored)
  let rtr0 = min(m0 + 4u * la_row4 + 0u, max(rows, 1u) - 1u);
  let tyr0 = rtr0 / max(nx, 1u);
  let ayr0 = i32((y0 + p.s * tyr0 + p.pt) / p.s);
  let axr0 = i32((x0 + p.s * (rtr0 - tyr0 * nx) + p.pl) / p.s);
  let rtr1 = min(m0 + 4u * la_row4 + 1u, max(rows, 1u) - 1u);
  let tyr1 = rtr1 / max(nx, 1u);
  let ayr1 = i32((y0 + p.s * tyr1 + p.pt) / p.s);
  let axr1 = i32((x0 + p.s * (rtr1 - tyr1 * nx) + p.pl) / p.s);
  let rtr2 = min(m0 + 4u * la_row4 + 2u, max(rows, 1u) - 1u);
  let tyr2 = rtr2 / max(nx, 1u);
  let ayr2 = i32((y0 + p.s * tyr2 + p.pt) / p.s);
  let axr2 = i32((x0 + p.s * (rtr2 - tyr2 * nx) + p.pl) / p.s);
  let rtr3 = min(m0 + 4u * la_row4 + 3u, max(rows, 1u) - 1u);
  let tyr3 = rtr3 / max(nx, 1u);
  let ayr3 = i32((y0 + p.s * tyr3 + p.pt) / p.s);
  let axr3 = i32((x0 + p.s * (rtr3 - tyr3 * nx) + p.pl) / p.s);
  // the B slot: columns 4 lb_col4 + 0..3 at k lb_k (clamped; columns past the end are never stored)
  let lb_k = li % 16u;
  let lb_col4 = li / 16u;
  let cb0 = min(n0 + 4u * lb_col4 + 0u, p.ncols - 1u);
  let cbase0 = 4u * ((ph * p.ncols + cb0) * (p.kv / 4u));  // row cb0 of wk
  let cb1 = min(n0 + 4u * lb_col4 + 1u, p.ncols - 1u);
  let cbase1 = 4u * ((ph * p.ncols + cb1) * (p.kv / 4u));  // row cb1 of wk
  let cb2 = min(n0 + 4u * lb_col4 + 2u, p.ncols - 1u);
  let cbase2 = 4u * ((ph * p.ncols + cb2) * (p.kv / 4u));  // row cb2 of wk
  let cb3 = min(n0 + 4u * lb_col4 + 3u, p.ncols - 1u);
  let cbase3 = 4u * ((ph * p.ncols + cb3) * (p.kv / 4u));  // row cb3 of wk
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
    let yg0 = ayr0 - ka0;
    let xg0 = axr0 - kb0;
    let ing0 = ok0 && u32(yg0) < p.ho && u32(xg0) < p.wo;
    let g0 = select(0.0, src[select(0u, base + kc0 + u32(yg0) * p.wo + u32(xg0), ing0)], ing0);
    let yg1 = ayr1 - ka0;
    let xg1 = axr1 - kb0;
    let ing1 = ok0 && u32(yg1) < p.ho && u32(xg1) < p.wo;
    let g1 = select(0.0, src[select(0u, base + kc0 + u32(yg1) * p.wo + u32(xg1), ing1)], ing1);
    let yg2 = ayr2 - ka0;
    let xg2 = axr2 - kb0;
    let ing2 = ok0 && u32(yg2) < p.ho && u32(xg2) < p.wo;
    let g2 = select(0.0, src[select(0u, base + kc0 + u32(yg2) * p.wo + u32(xg2), ing2)], ing2);
    let yg3 = ayr3 - ka0;
    let xg3 = axr3 - kb0;
    let ing3 = ok0 && u32(yg3) < p.ho && u32(xg3) < p.wo;
    let g3 = select(0.0, src[select(0u, base + kc0 + u32(yg3) * p.wo + u32(xg3), ing3)], ing3);
    pa = vec4<f32>(g0, g1, g2, g3);
  }
  {
    let kb = kbeg + lb_k;  // kbeg = 0: the weight rows are zero-padded to kv
    let okb = kb < p.kv;
    pb = vec4<f32>(select(0.0, wk[select(0u, cbase0 + kb, okb)], okb), select(0.0, wk[select(0u, cbase1 + kb, okb)], okb), select(0.0, wk[select(0u, cbase2 + kb, okb)], okb), select(0.0, wk[select(0u, cbase3 + kb, okb)], okb));
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
    conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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
        let yg0 = ayr0 - ka0;
        let xg0 = axr0 - kb0;
        let ing0 = ok0 && u32(yg0) < p.ho && u32(xg0) < p.wo;
        let g0 = select(0.0, src[select(0u, base + kc0 + u32(yg0) * p.wo + u32(xg0), ing0)], ing0);
        let yg1 = ayr1 - ka0;
        let xg1 = axr1 - kb0;
        let ing1 = ok0 && u32(yg1) < p.ho && u32(xg1) < p.wo;
        let g1 = select(0.0, src[select(0u, base + kc0 + u32(yg1) * p.wo + u32(xg1), ing1)], ing1);
        let yg2 = ayr2 - ka0;
        let xg2 = axr2 - kb0;
        let ing2 = ok0 && u32(yg2) < p.ho && u32(xg2) < p.wo;
        let g2 = select(0.0, src[select(0u, base + kc0 + u32(yg2) * p.wo + u32(xg2), ing2)], ing2);
        let yg3 = ayr3 - ka0;
        let xg3 = axr3 - kb0;
        let ing3 = ok0 && u32(yg3) < p.ho && u32(xg3) < p.wo;
        let g3 = select(0.0, src[select(0u, base + kc0 + u32(yg3) * p.wo + u32(xg3), ing3)], ing3);
        pa = vec4<f32>(g0, g1, g2, g3);
      }
      {
        let kb = kbeg + (t + 1u) * 16u + lb_k;  // kbeg = 0: the weight rows are zero-padded to kv
        let okb = kb < p.kv;
        pb = vec4<f32>(select(0.0, wk[select(0u, cbase0 + kb, okb)], okb), select(0.0, wk[select(0u, cbase1 + kb, okb)], okb), select(0.0, wk[select(0u, cbase2 + kb, okb)], okb), select(0.0, wk[select(0u, cbase3 + kb, okb)], okb));
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
      conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
      conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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
  // the A slot this invocation fills: rows 4 la_row4 + 0..3 at k la_k of each step
  let la_k = li % 16u;
  let la_row4 = li / 16u;
  // (rows past the end: the last row again, never stored)
  let rrr0 = min(m0 + 4u * la_row4 + 0u, p.m - 1u);
  let rcr0 = rrr0 / khw;
  let rkr0 = rrr0 - rcr0 * khw;
  let rir0 = rkr0 / p.kw;
  let ayr0 = i32(rir0) - i32(p.pt);
  let axr0 = i32(rkr0 - rir0 * p.kw) - i32(p.pl);
  let ror0 = rcr0 * hw;
  let rrr1 = min(m0 + 4u * la_row4 + 1u, p.m - 1u);
  let rcr1 = rrr1 / khw;
  let rkr1 = rrr1 - rcr1 * khw;
  let rir1 = rkr1 / p.kw;
  let ayr1 = i32(rir1) - i32(p.pt);
  let axr1 = i32(rkr1 - rir1 * p.kw) - i32(p.pl);
  let ror1 = rcr1 * hw;
  let rrr2 = min(m0 + 4u * la_row4 + 2u, p.m - 1u);
  let rcr2 = rrr2 / khw;
  let rkr2 = rrr2 - rcr2 * khw;
  let rir2 = rkr2 / p.kw;
  let ayr2 = i32(rir2) - i32(p.pt);
  let axr2 = i32(rkr2 - rir2 * p.kw) - i32(p.pl);
  let ror2 = rcr2 * hw;
  let rrr3 = min(m0 + 4u * la_row4 + 3u, p.m - 1u);
  let rcr3 = rrr3 / khw;
  let rkr3 = rrr3 - rcr3 * khw;
  let rir3 = rkr3 / p.kw;
  let ayr3 = i32(rir3) - i32(p.pt);
  let axr3 = i32(rkr3 - rir3 * p.kw) - i32(p.pl);
  let ror3 = rcr3 * hw;
  // the B slot: columns 4 lb_col4 + 0..3 at k lb_k (clamped; columns past the end are never stored)
  let lb_k = li % 16u;
  let lb_col4 = li / 16u;
  let cb0 = min(n0 + 4u * lb_col4 + 0u, p.ncols - 1u);
  let cb1 = min(n0 + 4u * lb_col4 + 1u, p.ncols - 1u);
  let cb2 = min(n0 + 4u * lb_col4 + 2u, p.ncols - 1u);
  let cb3 = min(n0 + 4u * lb_col4 + 3u, p.ncols - 1u);
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
    let yg0 = ky0 + ayr0;
    let xg0 = kx0 + axr0;
    let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
    let g0 = select(0.0, src[select(0u, kimg0 + ror0 + u32(yg0) * p.w + u32(xg0), ing0)], ing0);
    let yg1 = ky0 + ayr1;
    let xg1 = kx0 + axr1;
    let ing1 = ok0 && u32(yg1) < p.h && u32(xg1) < p.w;
    let g1 = select(0.0, src[select(0u, kimg0 + ror1 + u32(yg1) * p.w + u32(xg1), ing1)], ing1);
    let yg2 = ky0 + ayr2;
    let xg2 = kx0 + axr2;
    let ing2 = ok0 && u32(yg2) < p.h && u32(xg2) < p.w;
    let g2 = select(0.0, src[select(0u, kimg0 + ror2 + u32(yg2) * p.w + u32(xg2), ing2)], ing2);
    let yg3 = ky0 + ayr3;
    let xg3 = kx0 + axr3;
    let ing3 = ok0 && u32(yg3) < p.h && u32(xg3) < p.w;
    let g3 = select(0.0, src[select(0u, kimg0 + ror3 + u32(yg3) * p.w + u32(xg3), ing3)], ing3);
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
    pb = vec4<f32>(select(0.0, wk[select(0u, kdy0 + cb0 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb1 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb2 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb3 * howo, ok0)], ok0));
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
    conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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
        let yg0 = ky0 + ayr0;
        let xg0 = kx0 + axr0;
        let ing0 = ok0 && u32(yg0) < p.h && u32(xg0) < p.w;
        let g0 = select(0.0, src[select(0u, kimg0 + ror0 + u32(yg0) * p.w + u32(xg0), ing0)], ing0);
        let yg1 = ky0 + ayr1;
        let xg1 = kx0 + axr1;
        let ing1 = ok0 && u32(yg1) < p.h && u32(xg1) < p.w;
        let g1 = select(0.0, src[select(0u, kimg0 + ror1 + u32(yg1) * p.w + u32(xg1), ing1)], ing1);
        let yg2 = ky0 + ayr2;
        let xg2 = kx0 + axr2;
        let ing2 = ok0 && u32(yg2) < p.h && u32(xg2) < p.w;
        let g2 = select(0.0, src[select(0u, kimg0 + ror2 + u32(yg2) * p.w + u32(xg2), ing2)], ing2);
        let yg3 = ky0 + ayr3;
        let xg3 = kx0 + axr3;
        let ing3 = ok0 && u32(yg3) < p.h && u32(xg3) < p.w;
        let g3 = select(0.0, src[select(0u, kimg0 + ror3 + u32(yg3) * p.w + u32(xg3), ing3)], ing3);
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
        pb = vec4<f32>(select(0.0, wk[select(0u, kdy0 + cb0 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb1 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb2 * howo, ok0)], ok0), select(0.0, wk[select(0u, kdy0 + cb3 * howo, ok0)], ok0));
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
      conv_tiled_a[sa + la_k * 16u + la_row4] = pa;
      conv_tiled_b[sb + lb_k * 16u + lb_col4] = pb;
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

