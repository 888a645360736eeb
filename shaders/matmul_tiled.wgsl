// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// Batched f32 matmul: C[b] = act(op(A[b]) . op(B[b]) + bias), op = identity or transpose
// (TRANS_A, TRANS_B). Workgroup-tiled kernels for GPUs: tiles staged in workgroup memory,
// double buffered. The epilogue (bias per column, activation ACT) runs in the store.
struct MatmulParams {
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // the tiled kernels' epilogue: bias mode (epi & 3), leaky slope
  _p0: u32, _p1: u32, _p2: u32,
}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
// vec4 views of the same two buffers; only the `_vec4` entry points use them (an entry point
// may not use two views of one binding: GL rejects that).
@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read> bias: array<f32>;  // per column (p.epi & 3 == 1)
@group(0) @binding(3) var<storage, read_write> c: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;

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

// matmul_tiled128: any batch strides and (TRANS_A, TRANS_B); any shape; scalar global loads (coalesced).
//   workgroup_size(256); block tile 128 rows x 128 cols, K step 8; each invocation computes
//   8 x 8 outputs; workgroup memory 16384 bytes (two buffers of A and B);
//   grid = (ceil(N / 128), ceil(M / 128), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
var<workgroup> matmul_tiled128_a: array<vec4<f32>, 512>;
var<workgroup> matmul_tiled128_b: array<vec4<f32>, 512>;

@compute @workgroup_size(256, 1, 1)
fn matmul_tiled128(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 128u;
  let n0 = wg.x * 128u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 7u) / 8u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 8u, q / 32u, TRANS_A);
      let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
      let kb = select(q / 32u, q % 8u, TRANS_B);
      let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      let gkb = 0u + kb;
      { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
    }
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 8u, q / 32u, TRANS_A);
      let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
      let kb = select(q / 32u, q % 8u, TRANS_B);
      let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
      matmul_tiled128_a[sa + ka * 32u + xa / 4u] = pa0;
      matmul_tiled128_b[sb + kb * 32u + xb / 4u] = pb0;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 8u, q / 32u, TRANS_A);
        let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
        let kb = select(q / 32u, q % 8u, TRANS_B);
        let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 8u + ka;
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        let gkb = (t + 1u) * 8u + kb;
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 8 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled128_a[ra + 0u];
    let a0_1 = matmul_tiled128_a[ra + 16u];
    let b0_0 = matmul_tiled128_b[rb + 0u];
    let b0_1 = matmul_tiled128_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0); acc0_1 = fma(vec4<f32>(a0_0[0]), b0_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0); acc1_1 = fma(vec4<f32>(a0_0[1]), b0_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0); acc2_1 = fma(vec4<f32>(a0_0[2]), b0_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0); acc3_1 = fma(vec4<f32>(a0_0[3]), b0_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a0_1[0]), b0_0, acc4_0); acc4_1 = fma(vec4<f32>(a0_1[0]), b0_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a0_1[1]), b0_0, acc5_0); acc5_1 = fma(vec4<f32>(a0_1[1]), b0_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a0_1[2]), b0_0, acc6_0); acc6_1 = fma(vec4<f32>(a0_1[2]), b0_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a0_1[3]), b0_0, acc7_0); acc7_1 = fma(vec4<f32>(a0_1[3]), b0_1, acc7_1);
    let a1_0 = matmul_tiled128_a[ra + 32u];
    let a1_1 = matmul_tiled128_a[ra + 48u];
    let b1_0 = matmul_tiled128_b[rb + 32u];
    let b1_1 = matmul_tiled128_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0); acc0_1 = fma(vec4<f32>(a1_0[0]), b1_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0); acc1_1 = fma(vec4<f32>(a1_0[1]), b1_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0); acc2_1 = fma(vec4<f32>(a1_0[2]), b1_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0); acc3_1 = fma(vec4<f32>(a1_0[3]), b1_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a1_1[0]), b1_0, acc4_0); acc4_1 = fma(vec4<f32>(a1_1[0]), b1_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a1_1[1]), b1_0, acc5_0); acc5_1 = fma(vec4<f32>(a1_1[1]), b1_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a1_1[2]), b1_0, acc6_0); acc6_1 = fma(vec4<f32>(a1_1[2]), b1_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a1_1[3]), b1_0, acc7_0); acc7_1 = fma(vec4<f32>(a1_1[3]), b1_1, acc7_1);
    let a2_0 = matmul_tiled128_a[ra + 64u];
    let a2_1 = matmul_tiled128_a[ra + 80u];
    let b2_0 = matmul_tiled128_b[rb + 64u];
    let b2_1 = matmul_tiled128_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0); acc0_1 = fma(vec4<f32>(a2_0[0]), b2_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0); acc1_1 = fma(vec4<f32>(a2_0[1]), b2_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0); acc2_1 = fma(vec4<f32>(a2_0[2]), b2_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0); acc3_1 = fma(vec4<f32>(a2_0[3]), b2_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a2_1[0]), b2_0, acc4_0); acc4_1 = fma(vec4<f32>(a2_1[0]), b2_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a2_1[1]), b2_0, acc5_0); acc5_1 = fma(vec4<f32>(a2_1[1]), b2_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a2_1[2]), b2_0, acc6_0); acc6_1 = fma(vec4<f32>(a2_1[2]), b2_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a2_1[3]), b2_0, acc7_0); acc7_1 = fma(vec4<f32>(a2_1[3]), b2_1, acc7_1);
    let a3_0 = matmul_tiled128_a[ra + 96u];
    let a3_1 = matmul_tiled128_a[ra + 112u];
    let b3_0 = matmul_tiled128_b[rb + 96u];
    let b3_1 = matmul_tiled128_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0); acc0_1 = fma(vec4<f32>(a3_0[0]), b3_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0); acc1_1 = fma(vec4<f32>(a3_0[1]), b3_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0); acc2_1 = fma(vec4<f32>(a3_0[2]), b3_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0); acc3_1 = fma(vec4<f32>(a3_0[3]), b3_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a3_1[0]), b3_0, acc4_0); acc4_1 = fma(vec4<f32>(a3_1[0]), b3_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a3_1[1]), b3_0, acc5_0); acc5_1 = fma(vec4<f32>(a3_1[1]), b3_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a3_1[2]), b3_0, acc6_0); acc6_1 = fma(vec4<f32>(a3_1[2]), b3_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a3_1[3]), b3_0, acc7_0); acc7_1 = fma(vec4<f32>(a3_1[3]), b3_1, acc7_1);
    let a4_0 = matmul_tiled128_a[ra + 128u];
    let a4_1 = matmul_tiled128_a[ra + 144u];
    let b4_0 = matmul_tiled128_b[rb + 128u];
    let b4_1 = matmul_tiled128_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0); acc0_1 = fma(vec4<f32>(a4_0[0]), b4_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0); acc1_1 = fma(vec4<f32>(a4_0[1]), b4_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0); acc2_1 = fma(vec4<f32>(a4_0[2]), b4_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0); acc3_1 = fma(vec4<f32>(a4_0[3]), b4_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a4_1[0]), b4_0, acc4_0); acc4_1 = fma(vec4<f32>(a4_1[0]), b4_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a4_1[1]), b4_0, acc5_0); acc5_1 = fma(vec4<f32>(a4_1[1]), b4_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a4_1[2]), b4_0, acc6_0); acc6_1 = fma(vec4<f32>(a4_1[2]), b4_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a4_1[3]), b4_0, acc7_0); acc7_1 = fma(vec4<f32>(a4_1[3]), b4_1, acc7_1);
    let a5_0 = matmul_tiled128_a[ra + 160u];
    let a5_1 = matmul_tiled128_a[ra + 176u];
    let b5_0 = matmul_tiled128_b[rb + 160u];
    let b5_1 = matmul_tiled128_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0); acc0_1 = fma(vec4<f32>(a5_0[0]), b5_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0); acc1_1 = fma(vec4<f32>(a5_0[1]), b5_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0); acc2_1 = fma(vec4<f32>(a5_0[2]), b5_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0); acc3_1 = fma(vec4<f32>(a5_0[3]), b5_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a5_1[0]), b5_0, acc4_0); acc4_1 = fma(vec4<f32>(a5_1[0]), b5_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a5_1[1]), b5_0, acc5_0); acc5_1 = fma(vec4<f32>(a5_1[1]), b5_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a5_1[2]), b5_0, acc6_0); acc6_1 = fma(vec4<f32>(a5_1[2]), b5_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a5_1[3]), b5_0, acc7_0); acc7_1 = fma(vec4<f32>(a5_1[3]), b5_1, acc7_1);
    let a6_0 = matmul_tiled128_a[ra + 192u];
    let a6_1 = matmul_tiled128_a[ra + 208u];
    let b6_0 = matmul_tiled128_b[rb + 192u];
    let b6_1 = matmul_tiled128_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0); acc0_1 = fma(vec4<f32>(a6_0[0]), b6_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0); acc1_1 = fma(vec4<f32>(a6_0[1]), b6_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0); acc2_1 = fma(vec4<f32>(a6_0[2]), b6_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0); acc3_1 = fma(vec4<f32>(a6_0[3]), b6_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a6_1[0]), b6_0, acc4_0); acc4_1 = fma(vec4<f32>(a6_1[0]), b6_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a6_1[1]), b6_0, acc5_0); acc5_1 = fma(vec4<f32>(a6_1[1]), b6_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a6_1[2]), b6_0, acc6_0); acc6_1 = fma(vec4<f32>(a6_1[2]), b6_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a6_1[3]), b6_0, acc7_0); acc7_1 = fma(vec4<f32>(a6_1[3]), b6_1, acc7_1);
    let a7_0 = matmul_tiled128_a[ra + 224u];
    let a7_1 = matmul_tiled128_a[ra + 240u];
    let b7_0 = matmul_tiled128_b[rb + 224u];
    let b7_1 = matmul_tiled128_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0); acc0_1 = fma(vec4<f32>(a7_0[0]), b7_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0); acc1_1 = fma(vec4<f32>(a7_0[1]), b7_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0); acc2_1 = fma(vec4<f32>(a7_0[2]), b7_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0); acc3_1 = fma(vec4<f32>(a7_0[3]), b7_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a7_1[0]), b7_0, acc4_0); acc4_1 = fma(vec4<f32>(a7_1[0]), b7_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a7_1[1]), b7_0, acc5_0); acc5_1 = fma(vec4<f32>(a7_1[1]), b7_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a7_1[2]), b7_0, acc6_0); acc6_1 = fma(vec4<f32>(a7_1[2]), b7_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a7_1[3]), b7_0, acc7_0); acc7_1 = fma(vec4<f32>(a7_1[3]), b7_1, acc7_1);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 8u, q / 32u, TRANS_A);
        let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
        let kb = select(q / 32u, q % 8u, TRANS_B);
        let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
        matmul_tiled128_a[sa + ka * 32u + xa / 4u] = pa0;
        matmul_tiled128_b[sb + kb * 32u + xb / 4u] = pb0;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  var bias4 = 0.0;
  var bias5 = 0.0;
  var bias6 = 0.0;
  var bias7 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
    bias4 = bias[min(n0 + 64u + 4u * tx + 0u, p.n - 1u)];
    bias5 = bias[min(n0 + 64u + 4u * tx + 1u, p.n - 1u)];
    bias6 = bias[min(n0 + 64u + 4u * tx + 2u, p.n - 1u)];
    bias7 = bias[min(n0 + 64u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let oc4 = n0 + 64u + 4u * tx + 0u;
  let oc5 = n0 + 64u + 4u * tx + 1u;
  let oc6 = n0 + 64u + 4u * tx + 2u;
  let oc7 = n0 + 64u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc0_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc0_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc0_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc0_1[3], bias7); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc1_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc1_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc1_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc1_1[3], bias7); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc2_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc2_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc2_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc2_1[3], bias7); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc3_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc3_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc3_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc3_1[3], bias7); }
  }
  let or4 = m0 + 64u + 4u * ty + 0u;
  if (or4 < p.m) {
    let cr = coff + or4 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc4_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc4_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc4_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc4_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc4_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc4_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc4_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc4_1[3], bias7); }
  }
  let or5 = m0 + 64u + 4u * ty + 1u;
  if (or5 < p.m) {
    let cr = coff + or5 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc5_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc5_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc5_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc5_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc5_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc5_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc5_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc5_1[3], bias7); }
  }
  let or6 = m0 + 64u + 4u * ty + 2u;
  if (or6 < p.m) {
    let cr = coff + or6 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc6_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc6_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc6_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc6_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc6_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc6_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc6_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc6_1[3], bias7); }
  }
  let or7 = m0 + 64u + 4u * ty + 3u;
  if (or7 < p.m) {
    let cr = coff + or7 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc7_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc7_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc7_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc7_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc7_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc7_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc7_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc7_1[3], bias7); }
  }
}

// matmul_tiled128_vec4: any batch strides and (TRANS_A, TRANS_B); aligned shapes only (the `matmul_vec4` rule: K % 4 == 0, M % 4 == 0 when TRANS_A,
// N % 4 == 0 when !TRANS_B); vec4 global loads of A when TRANS_A and of B when
// !TRANS_B (where a tile's vec4 is contiguous in memory), scalar loads otherwise.
//   workgroup_size(256); block tile 128 rows x 128 cols, K step 8; each invocation computes
//   8 x 8 outputs; workgroup memory 16384 bytes (two buffers of A and B);
//   grid = (ceil(N / 128), ceil(M / 128), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
@compute @workgroup_size(256, 1, 1)
fn matmul_tiled128_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 128u;
  let n0 = wg.x * 128u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 7u) / 8u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 8u, q / 32u, TRANS_A);
      let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
      let kb = select(q / 32u, q % 8u, TRANS_B);
      let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      if (TRANS_A) {  // the slot is one aligned vec4 of A
        pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
      } else {
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
      }
      let gkb = 0u + kb;
      if (!TRANS_B) {  // the slot is one aligned vec4 of B
        pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
      } else {
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
      }
    }
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 8u, q / 32u, TRANS_A);
      let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
      let kb = select(q / 32u, q % 8u, TRANS_B);
      let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
      matmul_tiled128_a[sa + ka * 32u + xa / 4u] = pa0;
      matmul_tiled128_b[sb + kb * 32u + xb / 4u] = pb0;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 8u, q / 32u, TRANS_A);
        let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
        let kb = select(q / 32u, q % 8u, TRANS_B);
        let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 8u + ka;
        if (TRANS_A) {  // the slot is one aligned vec4 of A
          pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
        } else {
          { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        }
        let gkb = (t + 1u) * 8u + kb;
        if (!TRANS_B) {  // the slot is one aligned vec4 of B
          pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
        } else {
          { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        }
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 8 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled128_a[ra + 0u];
    let a0_1 = matmul_tiled128_a[ra + 16u];
    let b0_0 = matmul_tiled128_b[rb + 0u];
    let b0_1 = matmul_tiled128_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0); acc0_1 = fma(vec4<f32>(a0_0[0]), b0_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0); acc1_1 = fma(vec4<f32>(a0_0[1]), b0_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0); acc2_1 = fma(vec4<f32>(a0_0[2]), b0_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0); acc3_1 = fma(vec4<f32>(a0_0[3]), b0_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a0_1[0]), b0_0, acc4_0); acc4_1 = fma(vec4<f32>(a0_1[0]), b0_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a0_1[1]), b0_0, acc5_0); acc5_1 = fma(vec4<f32>(a0_1[1]), b0_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a0_1[2]), b0_0, acc6_0); acc6_1 = fma(vec4<f32>(a0_1[2]), b0_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a0_1[3]), b0_0, acc7_0); acc7_1 = fma(vec4<f32>(a0_1[3]), b0_1, acc7_1);
    let a1_0 = matmul_tiled128_a[ra + 32u];
    let a1_1 = matmul_tiled128_a[ra + 48u];
    let b1_0 = matmul_tiled128_b[rb + 32u];
    let b1_1 = matmul_tiled128_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0); acc0_1 = fma(vec4<f32>(a1_0[0]), b1_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0); acc1_1 = fma(vec4<f32>(a1_0[1]), b1_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0); acc2_1 = fma(vec4<f32>(a1_0[2]), b1_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0); acc3_1 = fma(vec4<f32>(a1_0[3]), b1_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a1_1[0]), b1_0, acc4_0); acc4_1 = fma(vec4<f32>(a1_1[0]), b1_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a1_1[1]), b1_0, acc5_0); acc5_1 = fma(vec4<f32>(a1_1[1]), b1_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a1_1[2]), b1_0, acc6_0); acc6_1 = fma(vec4<f32>(a1_1[2]), b1_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a1_1[3]), b1_0, acc7_0); acc7_1 = fma(vec4<f32>(a1_1[3]), b1_1, acc7_1);
    let a2_0 = matmul_tiled128_a[ra + 64u];
    let a2_1 = matmul_tiled128_a[ra + 80u];
    let b2_0 = matmul_tiled128_b[rb + 64u];
    let b2_1 = matmul_tiled128_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0); acc0_1 = fma(vec4<f32>(a2_0[0]), b2_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0); acc1_1 = fma(vec4<f32>(a2_0[1]), b2_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0); acc2_1 = fma(vec4<f32>(a2_0[2]), b2_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0); acc3_1 = fma(vec4<f32>(a2_0[3]), b2_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a2_1[0]), b2_0, acc4_0); acc4_1 = fma(vec4<f32>(a2_1[0]), b2_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a2_1[1]), b2_0, acc5_0); acc5_1 = fma(vec4<f32>(a2_1[1]), b2_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a2_1[2]), b2_0, acc6_0); acc6_1 = fma(vec4<f32>(a2_1[2]), b2_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a2_1[3]), b2_0, acc7_0); acc7_1 = fma(vec4<f32>(a2_1[3]), b2_1, acc7_1);
    let a3_0 = matmul_tiled128_a[ra + 96u];
    let a3_1 = matmul_tiled128_a[ra + 112u];
    let b3_0 = matmul_tiled128_b[rb + 96u];
    let b3_1 = matmul_tiled128_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0); acc0_1 = fma(vec4<f32>(a3_0[0]), b3_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0); acc1_1 = fma(vec4<f32>(a3_0[1]), b3_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0); acc2_1 = fma(vec4<f32>(a3_0[2]), b3_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0); acc3_1 = fma(vec4<f32>(a3_0[3]), b3_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a3_1[0]), b3_0, acc4_0); acc4_1 = fma(vec4<f32>(a3_1[0]), b3_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a3_1[1]), b3_0, acc5_0); acc5_1 = fma(vec4<f32>(a3_1[1]), b3_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a3_1[2]), b3_0, acc6_0); acc6_1 = fma(vec4<f32>(a3_1[2]), b3_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a3_1[3]), b3_0, acc7_0); acc7_1 = fma(vec4<f32>(a3_1[3]), b3_1, acc7_1);
    let a4_0 = matmul_tiled128_a[ra + 128u];
    let a4_1 = matmul_tiled128_a[ra + 144u];
    let b4_0 = matmul_tiled128_b[rb + 128u];
    let b4_1 = matmul_tiled128_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0); acc0_1 = fma(vec4<f32>(a4_0[0]), b4_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0); acc1_1 = fma(vec4<f32>(a4_0[1]), b4_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0); acc2_1 = fma(vec4<f32>(a4_0[2]), b4_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0); acc3_1 = fma(vec4<f32>(a4_0[3]), b4_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a4_1[0]), b4_0, acc4_0); acc4_1 = fma(vec4<f32>(a4_1[0]), b4_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a4_1[1]), b4_0, acc5_0); acc5_1 = fma(vec4<f32>(a4_1[1]), b4_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a4_1[2]), b4_0, acc6_0); acc6_1 = fma(vec4<f32>(a4_1[2]), b4_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a4_1[3]), b4_0, acc7_0); acc7_1 = fma(vec4<f32>(a4_1[3]), b4_1, acc7_1);
    let a5_0 = matmul_tiled128_a[ra + 160u];
    let a5_1 = matmul_tiled128_a[ra + 176u];
    let b5_0 = matmul_tiled128_b[rb + 160u];
    let b5_1 = matmul_tiled128_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0); acc0_1 = fma(vec4<f32>(a5_0[0]), b5_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0); acc1_1 = fma(vec4<f32>(a5_0[1]), b5_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0); acc2_1 = fma(vec4<f32>(a5_0[2]), b5_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0); acc3_1 = fma(vec4<f32>(a5_0[3]), b5_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a5_1[0]), b5_0, acc4_0); acc4_1 = fma(vec4<f32>(a5_1[0]), b5_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a5_1[1]), b5_0, acc5_0); acc5_1 = fma(vec4<f32>(a5_1[1]), b5_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a5_1[2]), b5_0, acc6_0); acc6_1 = fma(vec4<f32>(a5_1[2]), b5_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a5_1[3]), b5_0, acc7_0); acc7_1 = fma(vec4<f32>(a5_1[3]), b5_1, acc7_1);
    let a6_0 = matmul_tiled128_a[ra + 192u];
    let a6_1 = matmul_tiled128_a[ra + 208u];
    let b6_0 = matmul_tiled128_b[rb + 192u];
    let b6_1 = matmul_tiled128_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0); acc0_1 = fma(vec4<f32>(a6_0[0]), b6_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0); acc1_1 = fma(vec4<f32>(a6_0[1]), b6_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0); acc2_1 = fma(vec4<f32>(a6_0[2]), b6_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0); acc3_1 = fma(vec4<f32>(a6_0[3]), b6_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a6_1[0]), b6_0, acc4_0); acc4_1 = fma(vec4<f32>(a6_1[0]), b6_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a6_1[1]), b6_0, acc5_0); acc5_1 = fma(vec4<f32>(a6_1[1]), b6_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a6_1[2]), b6_0, acc6_0); acc6_1 = fma(vec4<f32>(a6_1[2]), b6_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a6_1[3]), b6_0, acc7_0); acc7_1 = fma(vec4<f32>(a6_1[3]), b6_1, acc7_1);
    let a7_0 = matmul_tiled128_a[ra + 224u];
    let a7_1 = matmul_tiled128_a[ra + 240u];
    let b7_0 = matmul_tiled128_b[rb + 224u];
    let b7_1 = matmul_tiled128_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0); acc0_1 = fma(vec4<f32>(a7_0[0]), b7_1, acc0_1);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0); acc1_1 = fma(vec4<f32>(a7_0[1]), b7_1, acc1_1);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0); acc2_1 = fma(vec4<f32>(a7_0[2]), b7_1, acc2_1);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0); acc3_1 = fma(vec4<f32>(a7_0[3]), b7_1, acc3_1);
    acc4_0 = fma(vec4<f32>(a7_1[0]), b7_0, acc4_0); acc4_1 = fma(vec4<f32>(a7_1[0]), b7_1, acc4_1);
    acc5_0 = fma(vec4<f32>(a7_1[1]), b7_0, acc5_0); acc5_1 = fma(vec4<f32>(a7_1[1]), b7_1, acc5_1);
    acc6_0 = fma(vec4<f32>(a7_1[2]), b7_0, acc6_0); acc6_1 = fma(vec4<f32>(a7_1[2]), b7_1, acc6_1);
    acc7_0 = fma(vec4<f32>(a7_1[3]), b7_0, acc7_0); acc7_1 = fma(vec4<f32>(a7_1[3]), b7_1, acc7_1);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 8u, q / 32u, TRANS_A);
        let xa = 4u * select(q / 8u, q % 32u, TRANS_A);  // the slot's first row
        let kb = select(q / 32u, q % 8u, TRANS_B);
        let xb = 4u * select(q % 32u, q / 8u, TRANS_B);  // the slot's first column
        matmul_tiled128_a[sa + ka * 32u + xa / 4u] = pa0;
        matmul_tiled128_b[sb + kb * 32u + xb / 4u] = pb0;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  var bias4 = 0.0;
  var bias5 = 0.0;
  var bias6 = 0.0;
  var bias7 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
    bias4 = bias[min(n0 + 64u + 4u * tx + 0u, p.n - 1u)];
    bias5 = bias[min(n0 + 64u + 4u * tx + 1u, p.n - 1u)];
    bias6 = bias[min(n0 + 64u + 4u * tx + 2u, p.n - 1u)];
    bias7 = bias[min(n0 + 64u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let oc4 = n0 + 64u + 4u * tx + 0u;
  let oc5 = n0 + 64u + 4u * tx + 1u;
  let oc6 = n0 + 64u + 4u * tx + 2u;
  let oc7 = n0 + 64u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc0_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc0_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc0_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc0_1[3], bias7); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc1_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc1_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc1_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc1_1[3], bias7); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc2_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc2_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc2_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc2_1[3], bias7); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc3_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc3_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc3_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc3_1[3], bias7); }
  }
  let or4 = m0 + 64u + 4u * ty + 0u;
  if (or4 < p.m) {
    let cr = coff + or4 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc4_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc4_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc4_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc4_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc4_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc4_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc4_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc4_1[3], bias7); }
  }
  let or5 = m0 + 64u + 4u * ty + 1u;
  if (or5 < p.m) {
    let cr = coff + or5 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc5_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc5_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc5_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc5_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc5_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc5_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc5_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc5_1[3], bias7); }
  }
  let or6 = m0 + 64u + 4u * ty + 2u;
  if (or6 < p.m) {
    let cr = coff + or6 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc6_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc6_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc6_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc6_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc6_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc6_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc6_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc6_1[3], bias7); }
  }
  let or7 = m0 + 64u + 4u * ty + 3u;
  if (or7 < p.m) {
    let cr = coff + or7 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc7_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc7_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc7_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc7_0[3], bias3); }
    if (oc4 < p.n) { c[cr + oc4] = epilogue(acc7_1[0], bias4); }
    if (oc5 < p.n) { c[cr + oc5] = epilogue(acc7_1[1], bias5); }
    if (oc6 < p.n) { c[cr + oc6] = epilogue(acc7_1[2], bias6); }
    if (oc7 < p.n) { c[cr + oc7] = epilogue(acc7_1[3], bias7); }
  }
}

// matmul_tiled64: any batch strides and (TRANS_A, TRANS_B); any shape; scalar global loads (coalesced).
//   workgroup_size(256); block tile 64 rows x 64 cols, K step 16; each invocation computes
//   4 x 4 outputs; workgroup memory 16384 bytes (two buffers of A and B);
//   grid = (ceil(N / 64), ceil(M / 64), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
var<workgroup> matmul_tiled64_a: array<vec4<f32>, 512>;
var<workgroup> matmul_tiled64_b: array<vec4<f32>, 512>;

@compute @workgroup_size(256, 1, 1)
fn matmul_tiled64(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 64u;
  let n0 = wg.x * 64u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 15u) / 16u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 16u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      let gkb = 0u + kb;
      { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
    }
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 16u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled64_a[sa + ka * 16u + xa / 4u] = pa0;
      matmul_tiled64_b[sb + kb * 16u + xb / 4u] = pb0;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 16u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 16u + ka;
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        let gkb = (t + 1u) * 16u + kb;
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 16 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled64_a[ra + 0u];
    let b0_0 = matmul_tiled64_b[rb + 0u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0);
    let a1_0 = matmul_tiled64_a[ra + 16u];
    let b1_0 = matmul_tiled64_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0);
    let a2_0 = matmul_tiled64_a[ra + 32u];
    let b2_0 = matmul_tiled64_b[rb + 32u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0);
    let a3_0 = matmul_tiled64_a[ra + 48u];
    let b3_0 = matmul_tiled64_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0);
    let a4_0 = matmul_tiled64_a[ra + 64u];
    let b4_0 = matmul_tiled64_b[rb + 64u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0);
    let a5_0 = matmul_tiled64_a[ra + 80u];
    let b5_0 = matmul_tiled64_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0);
    let a6_0 = matmul_tiled64_a[ra + 96u];
    let b6_0 = matmul_tiled64_b[rb + 96u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0);
    let a7_0 = matmul_tiled64_a[ra + 112u];
    let b7_0 = matmul_tiled64_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0);
    let a8_0 = matmul_tiled64_a[ra + 128u];
    let b8_0 = matmul_tiled64_b[rb + 128u];
    acc0_0 = fma(vec4<f32>(a8_0[0]), b8_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a8_0[1]), b8_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a8_0[2]), b8_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a8_0[3]), b8_0, acc3_0);
    let a9_0 = matmul_tiled64_a[ra + 144u];
    let b9_0 = matmul_tiled64_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a9_0[0]), b9_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a9_0[1]), b9_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a9_0[2]), b9_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a9_0[3]), b9_0, acc3_0);
    let a10_0 = matmul_tiled64_a[ra + 160u];
    let b10_0 = matmul_tiled64_b[rb + 160u];
    acc0_0 = fma(vec4<f32>(a10_0[0]), b10_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a10_0[1]), b10_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a10_0[2]), b10_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a10_0[3]), b10_0, acc3_0);
    let a11_0 = matmul_tiled64_a[ra + 176u];
    let b11_0 = matmul_tiled64_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a11_0[0]), b11_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a11_0[1]), b11_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a11_0[2]), b11_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a11_0[3]), b11_0, acc3_0);
    let a12_0 = matmul_tiled64_a[ra + 192u];
    let b12_0 = matmul_tiled64_b[rb + 192u];
    acc0_0 = fma(vec4<f32>(a12_0[0]), b12_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a12_0[1]), b12_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a12_0[2]), b12_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a12_0[3]), b12_0, acc3_0);
    let a13_0 = matmul_tiled64_a[ra + 208u];
    let b13_0 = matmul_tiled64_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a13_0[0]), b13_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a13_0[1]), b13_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a13_0[2]), b13_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a13_0[3]), b13_0, acc3_0);
    let a14_0 = matmul_tiled64_a[ra + 224u];
    let b14_0 = matmul_tiled64_b[rb + 224u];
    acc0_0 = fma(vec4<f32>(a14_0[0]), b14_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a14_0[1]), b14_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a14_0[2]), b14_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a14_0[3]), b14_0, acc3_0);
    let a15_0 = matmul_tiled64_a[ra + 240u];
    let b15_0 = matmul_tiled64_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a15_0[0]), b15_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a15_0[1]), b15_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a15_0[2]), b15_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a15_0[3]), b15_0, acc3_0);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 16u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled64_a[sa + ka * 16u + xa / 4u] = pa0;
        matmul_tiled64_b[sb + kb * 16u + xb / 4u] = pb0;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
  }
}

// matmul_tiled64_vec4: any batch strides and (TRANS_A, TRANS_B); aligned shapes only (the `matmul_vec4` rule: K % 4 == 0, M % 4 == 0 when TRANS_A,
// N % 4 == 0 when !TRANS_B); vec4 global loads of A when TRANS_A and of B when
// !TRANS_B (where a tile's vec4 is contiguous in memory), scalar loads otherwise.
//   workgroup_size(256); block tile 64 rows x 64 cols, K step 16; each invocation computes
//   4 x 4 outputs; workgroup memory 16384 bytes (two buffers of A and B);
//   grid = (ceil(N / 64), ceil(M / 64), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
@compute @workgroup_size(256, 1, 1)
fn matmul_tiled64_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 64u;
  let n0 = wg.x * 64u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 15u) / 16u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 16u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      if (TRANS_A) {  // the slot is one aligned vec4 of A
        pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
      } else {
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
      }
      let gkb = 0u + kb;
      if (!TRANS_B) {  // the slot is one aligned vec4 of B
        pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
      } else {
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
      }
    }
  }
  {
    let sa = 0u * 256u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 16u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled64_a[sa + ka * 16u + xa / 4u] = pa0;
      matmul_tiled64_b[sb + kb * 16u + xb / 4u] = pb0;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 16u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 16u + ka;
        if (TRANS_A) {  // the slot is one aligned vec4 of A
          pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
        } else {
          { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        }
        let gkb = (t + 1u) * 16u + kb;
        if (!TRANS_B) {  // the slot is one aligned vec4 of B
          pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
        } else {
          { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        }
      }
    }
    let ra = (t & 1u) * 256u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 16 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled64_a[ra + 0u];
    let b0_0 = matmul_tiled64_b[rb + 0u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0);
    let a1_0 = matmul_tiled64_a[ra + 16u];
    let b1_0 = matmul_tiled64_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0);
    let a2_0 = matmul_tiled64_a[ra + 32u];
    let b2_0 = matmul_tiled64_b[rb + 32u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0);
    let a3_0 = matmul_tiled64_a[ra + 48u];
    let b3_0 = matmul_tiled64_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0);
    let a4_0 = matmul_tiled64_a[ra + 64u];
    let b4_0 = matmul_tiled64_b[rb + 64u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0);
    let a5_0 = matmul_tiled64_a[ra + 80u];
    let b5_0 = matmul_tiled64_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0);
    let a6_0 = matmul_tiled64_a[ra + 96u];
    let b6_0 = matmul_tiled64_b[rb + 96u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0);
    let a7_0 = matmul_tiled64_a[ra + 112u];
    let b7_0 = matmul_tiled64_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0);
    let a8_0 = matmul_tiled64_a[ra + 128u];
    let b8_0 = matmul_tiled64_b[rb + 128u];
    acc0_0 = fma(vec4<f32>(a8_0[0]), b8_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a8_0[1]), b8_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a8_0[2]), b8_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a8_0[3]), b8_0, acc3_0);
    let a9_0 = matmul_tiled64_a[ra + 144u];
    let b9_0 = matmul_tiled64_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a9_0[0]), b9_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a9_0[1]), b9_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a9_0[2]), b9_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a9_0[3]), b9_0, acc3_0);
    let a10_0 = matmul_tiled64_a[ra + 160u];
    let b10_0 = matmul_tiled64_b[rb + 160u];
    acc0_0 = fma(vec4<f32>(a10_0[0]), b10_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a10_0[1]), b10_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a10_0[2]), b10_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a10_0[3]), b10_0, acc3_0);
    let a11_0 = matmul_tiled64_a[ra + 176u];
    let b11_0 = matmul_tiled64_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a11_0[0]), b11_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a11_0[1]), b11_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a11_0[2]), b11_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a11_0[3]), b11_0, acc3_0);
    let a12_0 = matmul_tiled64_a[ra + 192u];
    let b12_0 = matmul_tiled64_b[rb + 192u];
    acc0_0 = fma(vec4<f32>(a12_0[0]), b12_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a12_0[1]), b12_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a12_0[2]), b12_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a12_0[3]), b12_0, acc3_0);
    let a13_0 = matmul_tiled64_a[ra + 208u];
    let b13_0 = matmul_tiled64_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a13_0[0]), b13_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a13_0[1]), b13_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a13_0[2]), b13_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a13_0[3]), b13_0, acc3_0);
    let a14_0 = matmul_tiled64_a[ra + 224u];
    let b14_0 = matmul_tiled64_b[rb + 224u];
    acc0_0 = fma(vec4<f32>(a14_0[0]), b14_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a14_0[1]), b14_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a14_0[2]), b14_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a14_0[3]), b14_0, acc3_0);
    let a15_0 = matmul_tiled64_a[ra + 240u];
    let b15_0 = matmul_tiled64_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a15_0[0]), b15_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a15_0[1]), b15_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a15_0[2]), b15_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a15_0[3]), b15_0, acc3_0);
    if (more) {
      let sa = ((t + 1u) & 1u) * 256u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 16u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 16u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled64_a[sa + ka * 16u + xa / 4u] = pa0;
        matmul_tiled64_b[sb + kb * 16u + xb / 4u] = pb0;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
  }
}

// matmul_tiled_small_m: any batch strides and (TRANS_A, TRANS_B); any shape; scalar global loads (coalesced).
//   workgroup_size(128); block tile 32 rows x 64 cols, K step 16; each invocation computes
//   4 x 4 outputs; workgroup memory 12288 bytes (two buffers of A and B);
//   grid = (ceil(N / 64), ceil(M / 32), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
var<workgroup> matmul_tiled_small_m_a: array<vec4<f32>, 256>;
var<workgroup> matmul_tiled_small_m_b: array<vec4<f32>, 512>;

@compute @workgroup_size(128, 1, 1)
fn matmul_tiled_small_m(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 32u;
  let n0 = wg.x * 64u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 15u) / 16u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  var pb1 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
        pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
      let gkb = 0u + kb;
      { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
    }
    {
      let q = li + 128u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gkb = 0u + kb;
      { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb1[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb1[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb1[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
        pb1[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
    }
  }
  {
    let sa = 0u * 128u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled_small_m_a[sa + ka * 8u + xa / 4u] = pa0;
      matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb0;
    }
    {
      let q = li + 128u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb1;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 16u + ka;
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a[min(i, arrayLength(&a) - 1u)], g < p.m && gka < p.k); }
        let gkb = (t + 1u) * 16u + kb;
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      }
      {
        let q = li + 128u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gkb = (t + 1u) * 16u + kb;
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[0] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[1] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[2] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[3] = select(0.0, b[min(i, arrayLength(&b) - 1u)], g < p.n && gkb < p.k); }
      }
    }
    let ra = (t & 1u) * 128u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 16 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled_small_m_a[ra + 0u];
    let b0_0 = matmul_tiled_small_m_b[rb + 0u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0);
    let a1_0 = matmul_tiled_small_m_a[ra + 8u];
    let b1_0 = matmul_tiled_small_m_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0);
    let a2_0 = matmul_tiled_small_m_a[ra + 16u];
    let b2_0 = matmul_tiled_small_m_b[rb + 32u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0);
    let a3_0 = matmul_tiled_small_m_a[ra + 24u];
    let b3_0 = matmul_tiled_small_m_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0);
    let a4_0 = matmul_tiled_small_m_a[ra + 32u];
    let b4_0 = matmul_tiled_small_m_b[rb + 64u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0);
    let a5_0 = matmul_tiled_small_m_a[ra + 40u];
    let b5_0 = matmul_tiled_small_m_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0);
    let a6_0 = matmul_tiled_small_m_a[ra + 48u];
    let b6_0 = matmul_tiled_small_m_b[rb + 96u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0);
    let a7_0 = matmul_tiled_small_m_a[ra + 56u];
    let b7_0 = matmul_tiled_small_m_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0);
    let a8_0 = matmul_tiled_small_m_a[ra + 64u];
    let b8_0 = matmul_tiled_small_m_b[rb + 128u];
    acc0_0 = fma(vec4<f32>(a8_0[0]), b8_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a8_0[1]), b8_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a8_0[2]), b8_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a8_0[3]), b8_0, acc3_0);
    let a9_0 = matmul_tiled_small_m_a[ra + 72u];
    let b9_0 = matmul_tiled_small_m_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a9_0[0]), b9_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a9_0[1]), b9_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a9_0[2]), b9_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a9_0[3]), b9_0, acc3_0);
    let a10_0 = matmul_tiled_small_m_a[ra + 80u];
    let b10_0 = matmul_tiled_small_m_b[rb + 160u];
    acc0_0 = fma(vec4<f32>(a10_0[0]), b10_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a10_0[1]), b10_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a10_0[2]), b10_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a10_0[3]), b10_0, acc3_0);
    let a11_0 = matmul_tiled_small_m_a[ra + 88u];
    let b11_0 = matmul_tiled_small_m_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a11_0[0]), b11_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a11_0[1]), b11_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a11_0[2]), b11_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a11_0[3]), b11_0, acc3_0);
    let a12_0 = matmul_tiled_small_m_a[ra + 96u];
    let b12_0 = matmul_tiled_small_m_b[rb + 192u];
    acc0_0 = fma(vec4<f32>(a12_0[0]), b12_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a12_0[1]), b12_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a12_0[2]), b12_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a12_0[3]), b12_0, acc3_0);
    let a13_0 = matmul_tiled_small_m_a[ra + 104u];
    let b13_0 = matmul_tiled_small_m_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a13_0[0]), b13_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a13_0[1]), b13_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a13_0[2]), b13_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a13_0[3]), b13_0, acc3_0);
    let a14_0 = matmul_tiled_small_m_a[ra + 112u];
    let b14_0 = matmul_tiled_small_m_b[rb + 224u];
    acc0_0 = fma(vec4<f32>(a14_0[0]), b14_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a14_0[1]), b14_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a14_0[2]), b14_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a14_0[3]), b14_0, acc3_0);
    let a15_0 = matmul_tiled_small_m_a[ra + 120u];
    let b15_0 = matmul_tiled_small_m_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a15_0[0]), b15_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a15_0[1]), b15_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a15_0[2]), b15_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a15_0[3]), b15_0, acc3_0);
    if (more) {
      let sa = ((t + 1u) & 1u) * 128u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled_small_m_a[sa + ka * 8u + xa / 4u] = pa0;
        matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb0;
      }
      {
        let q = li + 128u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb1;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
  }
}

// matmul_tiled_small_m_vec4: any batch strides and (TRANS_A, TRANS_B); aligned shapes only (the `matmul_vec4` rule: K % 4 == 0, M % 4 == 0 when TRANS_A,
// N % 4 == 0 when !TRANS_B); vec4 global loads of A when TRANS_A and of B when
// !TRANS_B (where a tile's vec4 is contiguous in memory), scalar loads otherwise.
//   workgroup_size(128); block tile 32 rows x 64 cols, K step 16; each invocation computes
//   4 x 4 outputs; workgroup memory 12288 bytes (two buffers of A and B);
//   grid = (ceil(N / 64), ceil(M / 32), batch).
// Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded.
@compute @workgroup_size(128, 1, 1)
fn matmul_tiled_small_m_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = wg.y * 32u;
  let n0 = wg.x * 64u;
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let steps = (p.k + 15u) / 16u;
  // Prefetch registers.
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  var pb1 = vec4<f32>(0.0);
  {
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gka = 0u + ka;
      if (TRANS_A) {  // the slot is one aligned vec4 of A
        pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
      } else {
        { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
          pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
      }
      let gkb = 0u + kb;
      if (!TRANS_B) {  // the slot is one aligned vec4 of B
        pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
      } else {
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
      }
    }
    {
      let q = li + 128u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      let gkb = 0u + kb;
      if (!TRANS_B) {  // the slot is one aligned vec4 of B
        pb1 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
      } else {
        { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
          pb1[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
      }
    }
  }
  {
    let sa = 0u * 128u;
    let sb = 0u * 256u;
    {
      let q = li + 0u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled_small_m_a[sa + ka * 8u + xa / 4u] = pa0;
      matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb0;
    }
    {
      let q = li + 128u;
      let ka = select(q % 16u, q / 8u, TRANS_A);
      let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
      let kb = select(q / 16u, q % 16u, TRANS_B);
      let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
      matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb1;
    }
  }
  workgroupBarrier();
  var acc0_0 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0);
  for (var t = 0u; t < steps; t++) {
    let more = t + 1u < steps;
    if (more) {
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gka = (t + 1u) * 16u + ka;
        if (TRANS_A) {  // the slot is one aligned vec4 of A
          pa0 = select(vec4<f32>(0.0), a4[min((aoff + gka * p.m + m0 + xa) / 4u, arrayLength(&a4) - 1u)], gka < p.k && m0 + xa < p.m);
        } else {
          { let g = m0 + xa + 0u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[0] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 1u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[1] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 2u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[2] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
          { let g = m0 + xa + 3u; let i = aoff + select(g * p.k + gka, gka * p.m + g, TRANS_A);
            pa0[3] = select(0.0, a4[min(i / 4u, arrayLength(&a4) - 1u)][i % 4u], g < p.m && gka < p.k); }
        }
        let gkb = (t + 1u) * 16u + kb;
        if (!TRANS_B) {  // the slot is one aligned vec4 of B
          pb0 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
        } else {
          { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb0[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        }
      }
      {
        let q = li + 128u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        let gkb = (t + 1u) * 16u + kb;
        if (!TRANS_B) {  // the slot is one aligned vec4 of B
          pb1 = select(vec4<f32>(0.0), b4[min((boff + gkb * p.n + n0 + xb) / 4u, arrayLength(&b4) - 1u)], gkb < p.k && n0 + xb < p.n);
        } else {
          { let g = n0 + xb + 0u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb1[0] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 1u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb1[1] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 2u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb1[2] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
          { let g = n0 + xb + 3u; let i = boff + select(g * p.k + gkb, gkb * p.n + g, !TRANS_B);
            pb1[3] = select(0.0, b4[min(i / 4u, arrayLength(&b4) - 1u)][i % 4u], g < p.n && gkb < p.k); }
        }
      }
    }
    let ra = (t & 1u) * 128u + ty;
    let rb = (t & 1u) * 256u + tx;
    // Zeros stand in past K, so every step runs all 16 values of k; k ascends, as in the
    // other kernels, so each output is the same sequence of fmas.
    let a0_0 = matmul_tiled_small_m_a[ra + 0u];
    let b0_0 = matmul_tiled_small_m_b[rb + 0u];
    acc0_0 = fma(vec4<f32>(a0_0[0]), b0_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a0_0[1]), b0_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a0_0[2]), b0_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a0_0[3]), b0_0, acc3_0);
    let a1_0 = matmul_tiled_small_m_a[ra + 8u];
    let b1_0 = matmul_tiled_small_m_b[rb + 16u];
    acc0_0 = fma(vec4<f32>(a1_0[0]), b1_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a1_0[1]), b1_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a1_0[2]), b1_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a1_0[3]), b1_0, acc3_0);
    let a2_0 = matmul_tiled_small_m_a[ra + 16u];
    let b2_0 = matmul_tiled_small_m_b[rb + 32u];
    acc0_0 = fma(vec4<f32>(a2_0[0]), b2_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a2_0[1]), b2_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a2_0[2]), b2_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a2_0[3]), b2_0, acc3_0);
    let a3_0 = matmul_tiled_small_m_a[ra + 24u];
    let b3_0 = matmul_tiled_small_m_b[rb + 48u];
    acc0_0 = fma(vec4<f32>(a3_0[0]), b3_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a3_0[1]), b3_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a3_0[2]), b3_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a3_0[3]), b3_0, acc3_0);
    let a4_0 = matmul_tiled_small_m_a[ra + 32u];
    let b4_0 = matmul_tiled_small_m_b[rb + 64u];
    acc0_0 = fma(vec4<f32>(a4_0[0]), b4_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a4_0[1]), b4_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a4_0[2]), b4_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a4_0[3]), b4_0, acc3_0);
    let a5_0 = matmul_tiled_small_m_a[ra + 40u];
    let b5_0 = matmul_tiled_small_m_b[rb + 80u];
    acc0_0 = fma(vec4<f32>(a5_0[0]), b5_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a5_0[1]), b5_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a5_0[2]), b5_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a5_0[3]), b5_0, acc3_0);
    let a6_0 = matmul_tiled_small_m_a[ra + 48u];
    let b6_0 = matmul_tiled_small_m_b[rb + 96u];
    acc0_0 = fma(vec4<f32>(a6_0[0]), b6_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a6_0[1]), b6_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a6_0[2]), b6_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a6_0[3]), b6_0, acc3_0);
    let a7_0 = matmul_tiled_small_m_a[ra + 56u];
    let b7_0 = matmul_tiled_small_m_b[rb + 112u];
    acc0_0 = fma(vec4<f32>(a7_0[0]), b7_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a7_0[1]), b7_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a7_0[2]), b7_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a7_0[3]), b7_0, acc3_0);
    let a8_0 = matmul_tiled_small_m_a[ra + 64u];
    let b8_0 = matmul_tiled_small_m_b[rb + 128u];
    acc0_0 = fma(vec4<f32>(a8_0[0]), b8_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a8_0[1]), b8_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a8_0[2]), b8_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a8_0[3]), b8_0, acc3_0);
    let a9_0 = matmul_tiled_small_m_a[ra + 72u];
    let b9_0 = matmul_tiled_small_m_b[rb + 144u];
    acc0_0 = fma(vec4<f32>(a9_0[0]), b9_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a9_0[1]), b9_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a9_0[2]), b9_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a9_0[3]), b9_0, acc3_0);
    let a10_0 = matmul_tiled_small_m_a[ra + 80u];
    let b10_0 = matmul_tiled_small_m_b[rb + 160u];
    acc0_0 = fma(vec4<f32>(a10_0[0]), b10_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a10_0[1]), b10_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a10_0[2]), b10_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a10_0[3]), b10_0, acc3_0);
    let a11_0 = matmul_tiled_small_m_a[ra + 88u];
    let b11_0 = matmul_tiled_small_m_b[rb + 176u];
    acc0_0 = fma(vec4<f32>(a11_0[0]), b11_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a11_0[1]), b11_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a11_0[2]), b11_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a11_0[3]), b11_0, acc3_0);
    let a12_0 = matmul_tiled_small_m_a[ra + 96u];
    let b12_0 = matmul_tiled_small_m_b[rb + 192u];
    acc0_0 = fma(vec4<f32>(a12_0[0]), b12_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a12_0[1]), b12_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a12_0[2]), b12_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a12_0[3]), b12_0, acc3_0);
    let a13_0 = matmul_tiled_small_m_a[ra + 104u];
    let b13_0 = matmul_tiled_small_m_b[rb + 208u];
    acc0_0 = fma(vec4<f32>(a13_0[0]), b13_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a13_0[1]), b13_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a13_0[2]), b13_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a13_0[3]), b13_0, acc3_0);
    let a14_0 = matmul_tiled_small_m_a[ra + 112u];
    let b14_0 = matmul_tiled_small_m_b[rb + 224u];
    acc0_0 = fma(vec4<f32>(a14_0[0]), b14_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a14_0[1]), b14_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a14_0[2]), b14_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a14_0[3]), b14_0, acc3_0);
    let a15_0 = matmul_tiled_small_m_a[ra + 120u];
    let b15_0 = matmul_tiled_small_m_b[rb + 240u];
    acc0_0 = fma(vec4<f32>(a15_0[0]), b15_0, acc0_0);
    acc1_0 = fma(vec4<f32>(a15_0[1]), b15_0, acc1_0);
    acc2_0 = fma(vec4<f32>(a15_0[2]), b15_0, acc2_0);
    acc3_0 = fma(vec4<f32>(a15_0[3]), b15_0, acc3_0);
    if (more) {
      let sa = ((t + 1u) & 1u) * 128u;
      let sb = ((t + 1u) & 1u) * 256u;
      {
        let q = li + 0u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled_small_m_a[sa + ka * 8u + xa / 4u] = pa0;
        matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb0;
      }
      {
        let q = li + 128u;
        let ka = select(q % 16u, q / 8u, TRANS_A);
        let xa = 4u * select(q / 16u, q % 8u, TRANS_A);  // the slot's first row
        let kb = select(q / 16u, q % 16u, TRANS_B);
        let xb = 4u * select(q % 16u, q / 16u, TRANS_B);  // the slot's first column
        matmul_tiled_small_m_b[sb + kb * 16u + xb / 4u] = pb1;
      }
    }
    workgroupBarrier();
  }
  // the bias of each column, loaded once (zero without one: then `bias` is a dummy)
  var bias0 = 0.0;
  var bias1 = 0.0;
  var bias2 = 0.0;
  var bias3 = 0.0;
  if ((p.epi & 3u) != 0u) {
    bias0 = bias[min(n0 + 0u + 4u * tx + 0u, p.n - 1u)];
    bias1 = bias[min(n0 + 0u + 4u * tx + 1u, p.n - 1u)];
    bias2 = bias[min(n0 + 0u + 4u * tx + 2u, p.n - 1u)];
    bias3 = bias[min(n0 + 0u + 4u * tx + 3u, p.n - 1u)];
  }
  let coff = wg.z * p.stride_c;
  let oc0 = n0 + 0u + 4u * tx + 0u;
  let oc1 = n0 + 0u + 4u * tx + 1u;
  let oc2 = n0 + 0u + 4u * tx + 2u;
  let oc3 = n0 + 0u + 4u * tx + 3u;
  let or0 = m0 + 0u + 4u * ty + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc0_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc0_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc0_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc0_0[3], bias3); }
  }
  let or1 = m0 + 0u + 4u * ty + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc1_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc1_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc1_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc1_0[3], bias3); }
  }
  let or2 = m0 + 0u + 4u * ty + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc2_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc2_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc2_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc2_0[3], bias3); }
  }
  let or3 = m0 + 0u + 4u * ty + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = epilogue(acc3_0[0], bias0); }
    if (oc1 < p.n) { c[cr + oc1] = epilogue(acc3_0[1], bias1); }
    if (oc2 < p.n) { c[cr + oc2] = epilogue(acc3_0[2], bias2); }
    if (oc3 < p.n) { c[cr + oc3] = epilogue(acc3_0[3], bias3); }
  }
}

