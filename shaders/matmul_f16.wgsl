enable f16;
// f16 operands (mixed precision), each widened to f32 as it is loaded: f32 products, sums and C.
// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// Batched f32 matmul: C[b] = op(A[b]) . op(B[b]), op = identity or transpose (TRANS_A, TRANS_B).
// Portable: no subgroup operations, no workgroup memory, no barriers.
struct MatmulParams {
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // the tiled kernels' epilogue: bias mode (epi & 3), leaky slope
  _p0: u32, _p1: u32, _p2: u32,
}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> a: array<f16>;
@group(0) @binding(2) var<storage, read> b: array<f16>;
// vec4 views of the same two buffers; only `matmul_vec4` uses them.
@group(0) @binding(1) var<storage, read> a4: array<vec4<f16>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f16>>;
@group(0) @binding(3) var<storage, read_write> c: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;

// matmul: any M, N, K, any batch strides, all four (TRANS_A, TRANS_B).
//   workgroup_size(8, 8, 1); each invocation computes 16 x 16 outputs (rows x cols);
//   output tile per workgroup = 128 rows x 128 cols;
//   grid = (ceil(N / 128), ceil(M / 128), batch).
// Out-of-range rows/cols are clamped when loading and skipped when storing.
@compute @workgroup_size(8, 8, 1)
fn matmul(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  // Which local index runs along rows: measured on lavapipe, lid.x along columns is
  // faster except when both operands are transposed.
  let swap = TRANS_A && TRANS_B;
  let lr = select(lid.y, lid.x, swap);
  let lc = select(lid.x, lid.y, swap);
  let row0 = (wg.y * 8u + lr) * 16u;
  let col0 = (wg.x * 8u + lc) * 16u;
  // A(i, kk) = f32(a[ra_i + kk * a_step]), B(kk, j) = f32(b[cb_j + kk * b_step])
  let a_step = select(1u, p.m, TRANS_A);
  let b_step = select(p.n, 1u, TRANS_B);
  let a_row = select(p.k, 1u, TRANS_A);
  let b_col = select(1u, p.k, TRANS_B);
  let aoff = wg.z * p.stride_a;
  let boff = wg.z * p.stride_b;
  let ra0 = aoff + min(row0 + 0u, p.m - 1u) * a_row;
  let ra1 = aoff + min(row0 + 1u, p.m - 1u) * a_row;
  let ra2 = aoff + min(row0 + 2u, p.m - 1u) * a_row;
  let ra3 = aoff + min(row0 + 3u, p.m - 1u) * a_row;
  let ra4 = aoff + min(row0 + 4u, p.m - 1u) * a_row;
  let ra5 = aoff + min(row0 + 5u, p.m - 1u) * a_row;
  let ra6 = aoff + min(row0 + 6u, p.m - 1u) * a_row;
  let ra7 = aoff + min(row0 + 7u, p.m - 1u) * a_row;
  let ra8 = aoff + min(row0 + 8u, p.m - 1u) * a_row;
  let ra9 = aoff + min(row0 + 9u, p.m - 1u) * a_row;
  let ra10 = aoff + min(row0 + 10u, p.m - 1u) * a_row;
  let ra11 = aoff + min(row0 + 11u, p.m - 1u) * a_row;
  let ra12 = aoff + min(row0 + 12u, p.m - 1u) * a_row;
  let ra13 = aoff + min(row0 + 13u, p.m - 1u) * a_row;
  let ra14 = aoff + min(row0 + 14u, p.m - 1u) * a_row;
  let ra15 = aoff + min(row0 + 15u, p.m - 1u) * a_row;
  let cb0 = boff + min(col0 + 0u, p.n - 1u) * b_col;
  let cb1 = boff + min(col0 + 1u, p.n - 1u) * b_col;
  let cb2 = boff + min(col0 + 2u, p.n - 1u) * b_col;
  let cb3 = boff + min(col0 + 3u, p.n - 1u) * b_col;
  let cb4 = boff + min(col0 + 4u, p.n - 1u) * b_col;
  let cb5 = boff + min(col0 + 5u, p.n - 1u) * b_col;
  let cb6 = boff + min(col0 + 6u, p.n - 1u) * b_col;
  let cb7 = boff + min(col0 + 7u, p.n - 1u) * b_col;
  let cb8 = boff + min(col0 + 8u, p.n - 1u) * b_col;
  let cb9 = boff + min(col0 + 9u, p.n - 1u) * b_col;
  let cb10 = boff + min(col0 + 10u, p.n - 1u) * b_col;
  let cb11 = boff + min(col0 + 11u, p.n - 1u) * b_col;
  let cb12 = boff + min(col0 + 12u, p.n - 1u) * b_col;
  let cb13 = boff + min(col0 + 13u, p.n - 1u) * b_col;
  let cb14 = boff + min(col0 + 14u, p.n - 1u) * b_col;
  let cb15 = boff + min(col0 + 15u, p.n - 1u) * b_col;
  var acc0_0 = 0.0; var acc0_1 = 0.0; var acc0_2 = 0.0; var acc0_3 = 0.0; var acc0_4 = 0.0; var acc0_5 = 0.0; var acc0_6 = 0.0; var acc0_7 = 0.0; var acc0_8 = 0.0; var acc0_9 = 0.0; var acc0_10 = 0.0; var acc0_11 = 0.0; var acc0_12 = 0.0; var acc0_13 = 0.0; var acc0_14 = 0.0; var acc0_15 = 0.0;
  var acc1_0 = 0.0; var acc1_1 = 0.0; var acc1_2 = 0.0; var acc1_3 = 0.0; var acc1_4 = 0.0; var acc1_5 = 0.0; var acc1_6 = 0.0; var acc1_7 = 0.0; var acc1_8 = 0.0; var acc1_9 = 0.0; var acc1_10 = 0.0; var acc1_11 = 0.0; var acc1_12 = 0.0; var acc1_13 = 0.0; var acc1_14 = 0.0; var acc1_15 = 0.0;
  var acc2_0 = 0.0; var acc2_1 = 0.0; var acc2_2 = 0.0; var acc2_3 = 0.0; var acc2_4 = 0.0; var acc2_5 = 0.0; var acc2_6 = 0.0; var acc2_7 = 0.0; var acc2_8 = 0.0; var acc2_9 = 0.0; var acc2_10 = 0.0; var acc2_11 = 0.0; var acc2_12 = 0.0; var acc2_13 = 0.0; var acc2_14 = 0.0; var acc2_15 = 0.0;
  var acc3_0 = 0.0; var acc3_1 = 0.0; var acc3_2 = 0.0; var acc3_3 = 0.0; var acc3_4 = 0.0; var acc3_5 = 0.0; var acc3_6 = 0.0; var acc3_7 = 0.0; var acc3_8 = 0.0; var acc3_9 = 0.0; var acc3_10 = 0.0; var acc3_11 = 0.0; var acc3_12 = 0.0; var acc3_13 = 0.0; var acc3_14 = 0.0; var acc3_15 = 0.0;
  var acc4_0 = 0.0; var acc4_1 = 0.0; var acc4_2 = 0.0; var acc4_3 = 0.0; var acc4_4 = 0.0; var acc4_5 = 0.0; var acc4_6 = 0.0; var acc4_7 = 0.0; var acc4_8 = 0.0; var acc4_9 = 0.0; var acc4_10 = 0.0; var acc4_11 = 0.0; var acc4_12 = 0.0; var acc4_13 = 0.0; var acc4_14 = 0.0; var acc4_15 = 0.0;
  var acc5_0 = 0.0; var acc5_1 = 0.0; var acc5_2 = 0.0; var acc5_3 = 0.0; var acc5_4 = 0.0; var acc5_5 = 0.0; var acc5_6 = 0.0; var acc5_7 = 0.0; var acc5_8 = 0.0; var acc5_9 = 0.0; var acc5_10 = 0.0; var acc5_11 = 0.0; var acc5_12 = 0.0; var acc5_13 = 0.0; var acc5_14 = 0.0; var acc5_15 = 0.0;
  var acc6_0 = 0.0; var acc6_1 = 0.0; var acc6_2 = 0.0; var acc6_3 = 0.0; var acc6_4 = 0.0; var acc6_5 = 0.0; var acc6_6 = 0.0; var acc6_7 = 0.0; var acc6_8 = 0.0; var acc6_9 = 0.0; var acc6_10 = 0.0; var acc6_11 = 0.0; var acc6_12 = 0.0; var acc6_13 = 0.0; var acc6_14 = 0.0; var acc6_15 = 0.0;
  var acc7_0 = 0.0; var acc7_1 = 0.0; var acc7_2 = 0.0; var acc7_3 = 0.0; var acc7_4 = 0.0; var acc7_5 = 0.0; var acc7_6 = 0.0; var acc7_7 = 0.0; var acc7_8 = 0.0; var acc7_9 = 0.0; var acc7_10 = 0.0; var acc7_11 = 0.0; var acc7_12 = 0.0; var acc7_13 = 0.0; var acc7_14 = 0.0; var acc7_15 = 0.0;
  var acc8_0 = 0.0; var acc8_1 = 0.0; var acc8_2 = 0.0; var acc8_3 = 0.0; var acc8_4 = 0.0; var acc8_5 = 0.0; var acc8_6 = 0.0; var acc8_7 = 0.0; var acc8_8 = 0.0; var acc8_9 = 0.0; var acc8_10 = 0.0; var acc8_11 = 0.0; var acc8_12 = 0.0; var acc8_13 = 0.0; var acc8_14 = 0.0; var acc8_15 = 0.0;
  var acc9_0 = 0.0; var acc9_1 = 0.0; var acc9_2 = 0.0; var acc9_3 = 0.0; var acc9_4 = 0.0; var acc9_5 = 0.0; var acc9_6 = 0.0; var acc9_7 = 0.0; var acc9_8 = 0.0; var acc9_9 = 0.0; var acc9_10 = 0.0; var acc9_11 = 0.0; var acc9_12 = 0.0; var acc9_13 = 0.0; var acc9_14 = 0.0; var acc9_15 = 0.0;
  var acc10_0 = 0.0; var acc10_1 = 0.0; var acc10_2 = 0.0; var acc10_3 = 0.0; var acc10_4 = 0.0; var acc10_5 = 0.0; var acc10_6 = 0.0; var acc10_7 = 0.0; var acc10_8 = 0.0; var acc10_9 = 0.0; var acc10_10 = 0.0; var acc10_11 = 0.0; var acc10_12 = 0.0; var acc10_13 = 0.0; var acc10_14 = 0.0; var acc10_15 = 0.0;
  var acc11_0 = 0.0; var acc11_1 = 0.0; var acc11_2 = 0.0; var acc11_3 = 0.0; var acc11_4 = 0.0; var acc11_5 = 0.0; var acc11_6 = 0.0; var acc11_7 = 0.0; var acc11_8 = 0.0; var acc11_9 = 0.0; var acc11_10 = 0.0; var acc11_11 = 0.0; var acc11_12 = 0.0; var acc11_13 = 0.0; var acc11_14 = 0.0; var acc11_15 = 0.0;
  var acc12_0 = 0.0; var acc12_1 = 0.0; var acc12_2 = 0.0; var acc12_3 = 0.0; var acc12_4 = 0.0; var acc12_5 = 0.0; var acc12_6 = 0.0; var acc12_7 = 0.0; var acc12_8 = 0.0; var acc12_9 = 0.0; var acc12_10 = 0.0; var acc12_11 = 0.0; var acc12_12 = 0.0; var acc12_13 = 0.0; var acc12_14 = 0.0; var acc12_15 = 0.0;
  var acc13_0 = 0.0; var acc13_1 = 0.0; var acc13_2 = 0.0; var acc13_3 = 0.0; var acc13_4 = 0.0; var acc13_5 = 0.0; var acc13_6 = 0.0; var acc13_7 = 0.0; var acc13_8 = 0.0; var acc13_9 = 0.0; var acc13_10 = 0.0; var acc13_11 = 0.0; var acc13_12 = 0.0; var acc13_13 = 0.0; var acc13_14 = 0.0; var acc13_15 = 0.0;
  var acc14_0 = 0.0; var acc14_1 = 0.0; var acc14_2 = 0.0; var acc14_3 = 0.0; var acc14_4 = 0.0; var acc14_5 = 0.0; var acc14_6 = 0.0; var acc14_7 = 0.0; var acc14_8 = 0.0; var acc14_9 = 0.0; var acc14_10 = 0.0; var acc14_11 = 0.0; var acc14_12 = 0.0; var acc14_13 = 0.0; var acc14_14 = 0.0; var acc14_15 = 0.0;
  var acc15_0 = 0.0; var acc15_1 = 0.0; var acc15_2 = 0.0; var acc15_3 = 0.0; var acc15_4 = 0.0; var acc15_5 = 0.0; var acc15_6 = 0.0; var acc15_7 = 0.0; var acc15_8 = 0.0; var acc15_9 = 0.0; var acc15_10 = 0.0; var acc15_11 = 0.0; var acc15_12 = 0.0; var acc15_13 = 0.0; var acc15_14 = 0.0; var acc15_15 = 0.0;
  var ka = 0u;
  var kb = 0u;
  for (var kk = 0u; kk < p.k; kk++) {
    let a0 = f32(a[ra0 + ka]);
    let a1 = f32(a[ra1 + ka]);
    let a2 = f32(a[ra2 + ka]);
    let a3 = f32(a[ra3 + ka]);
    let a4 = f32(a[ra4 + ka]);
    let a5 = f32(a[ra5 + ka]);
    let a6 = f32(a[ra6 + ka]);
    let a7 = f32(a[ra7 + ka]);
    let a8 = f32(a[ra8 + ka]);
    let a9 = f32(a[ra9 + ka]);
    let a10 = f32(a[ra10 + ka]);
    let a11 = f32(a[ra11 + ka]);
    let a12 = f32(a[ra12 + ka]);
    let a13 = f32(a[ra13 + ka]);
    let a14 = f32(a[ra14 + ka]);
    let a15 = f32(a[ra15 + ka]);
    let b0 = f32(b[cb0 + kb]);
    let b1 = f32(b[cb1 + kb]);
    let b2 = f32(b[cb2 + kb]);
    let b3 = f32(b[cb3 + kb]);
    let b4 = f32(b[cb4 + kb]);
    let b5 = f32(b[cb5 + kb]);
    let b6 = f32(b[cb6 + kb]);
    let b7 = f32(b[cb7 + kb]);
    let b8 = f32(b[cb8 + kb]);
    let b9 = f32(b[cb9 + kb]);
    let b10 = f32(b[cb10 + kb]);
    let b11 = f32(b[cb11 + kb]);
    let b12 = f32(b[cb12 + kb]);
    let b13 = f32(b[cb13 + kb]);
    let b14 = f32(b[cb14 + kb]);
    let b15 = f32(b[cb15 + kb]);
    acc0_0 = fma(a0, b0, acc0_0); acc0_1 = fma(a0, b1, acc0_1); acc0_2 = fma(a0, b2, acc0_2); acc0_3 = fma(a0, b3, acc0_3); acc0_4 = fma(a0, b4, acc0_4); acc0_5 = fma(a0, b5, acc0_5); acc0_6 = fma(a0, b6, acc0_6); acc0_7 = fma(a0, b7, acc0_7); acc0_8 = fma(a0, b8, acc0_8); acc0_9 = fma(a0, b9, acc0_9); acc0_10 = fma(a0, b10, acc0_10); acc0_11 = fma(a0, b11, acc0_11); acc0_12 = fma(a0, b12, acc0_12); acc0_13 = fma(a0, b13, acc0_13); acc0_14 = fma(a0, b14, acc0_14); acc0_15 = fma(a0, b15, acc0_15);
    acc1_0 = fma(a1, b0, acc1_0); acc1_1 = fma(a1, b1, acc1_1); acc1_2 = fma(a1, b2, acc1_2); acc1_3 = fma(a1, b3, acc1_3); acc1_4 = fma(a1, b4, acc1_4); acc1_5 = fma(a1, b5, acc1_5); acc1_6 = fma(a1, b6, acc1_6); acc1_7 = fma(a1, b7, acc1_7); acc1_8 = fma(a1, b8, acc1_8); acc1_9 = fma(a1, b9, acc1_9); acc1_10 = fma(a1, b10, acc1_10); acc1_11 = fma(a1, b11, acc1_11); acc1_12 = fma(a1, b12, acc1_12); acc1_13 = fma(a1, b13, acc1_13); acc1_14 = fma(a1, b14, acc1_14); acc1_15 = fma(a1, b15, acc1_15);
    acc2_0 = fma(a2, b0, acc2_0); acc2_1 = fma(a2, b1, acc2_1); acc2_2 = fma(a2, b2, acc2_2); acc2_3 = fma(a2, b3, acc2_3); acc2_4 = fma(a2, b4, acc2_4); acc2_5 = fma(a2, b5, acc2_5); acc2_6 = fma(a2, b6, acc2_6); acc2_7 = fma(a2, b7, acc2_7); acc2_8 = fma(a2, b8, acc2_8); acc2_9 = fma(a2, b9, acc2_9); acc2_10 = fma(a2, b10, acc2_10); acc2_11 = fma(a2, b11, acc2_11); acc2_12 = fma(a2, b12, acc2_12); acc2_13 = fma(a2, b13, acc2_13); acc2_14 = fma(a2, b14, acc2_14); acc2_15 = fma(a2, b15, acc2_15);
    acc3_0 = fma(a3, b0, acc3_0); acc3_1 = fma(a3, b1, acc3_1); acc3_2 = fma(a3, b2, acc3_2); acc3_3 = fma(a3, b3, acc3_3); acc3_4 = fma(a3, b4, acc3_4); acc3_5 = fma(a3, b5, acc3_5); acc3_6 = fma(a3, b6, acc3_6); acc3_7 = fma(a3, b7, acc3_7); acc3_8 = fma(a3, b8, acc3_8); acc3_9 = fma(a3, b9, acc3_9); acc3_10 = fma(a3, b10, acc3_10); acc3_11 = fma(a3, b11, acc3_11); acc3_12 = fma(a3, b12, acc3_12); acc3_13 = fma(a3, b13, acc3_13); acc3_14 = fma(a3, b14, acc3_14); acc3_15 = fma(a3, b15, acc3_15);
    acc4_0 = fma(a4, b0, acc4_0); acc4_1 = fma(a4, b1, acc4_1); acc4_2 = fma(a4, b2, acc4_2); acc4_3 = fma(a4, b3, acc4_3); acc4_4 = fma(a4, b4, acc4_4); acc4_5 = fma(a4, b5, acc4_5); acc4_6 = fma(a4, b6, acc4_6); acc4_7 = fma(a4, b7, acc4_7); acc4_8 = fma(a4, b8, acc4_8); acc4_9 = fma(a4, b9, acc4_9); acc4_10 = fma(a4, b10, acc4_10); acc4_11 = fma(a4, b11, acc4_11); acc4_12 = fma(a4, b12, acc4_12); acc4_13 = fma(a4, b13, acc4_13); acc4_14 = fma(a4, b14, acc4_14); acc4_15 = fma(a4, b15, acc4_15);
    acc5_0 = fma(a5, b0, acc5_0); acc5_1 = fma(a5, b1, acc5_1); acc5_2 = fma(a5, b2, acc5_2); acc5_3 = fma(a5, b3, acc5_3); acc5_4 = fma(a5, b4, acc5_4); acc5_5 = fma(a5, b5, acc5_5); acc5_6 = fma(a5, b6, acc5_6); acc5_7 = fma(a5, b7, acc5_7); acc5_8 = fma(a5, b8, acc5_8); acc5_9 = fma(a5, b9, acc5_9); acc5_10 = fma(a5, b10, acc5_10); acc5_11 = fma(a5, b11, acc5_11); acc5_12 = fma(a5, b12, acc5_12); acc5_13 = fma(a5, b13, acc5_13); acc5_14 = fma(a5, b14, acc5_14); acc5_15 = fma(a5, b15, acc5_15);
    acc6_0 = fma(a6, b0, acc6_0); acc6_1 = fma(a6, b1, acc6_1); acc6_2 = fma(a6, b2, acc6_2); acc6_3 = fma(a6, b3, acc6_3); acc6_4 = fma(a6, b4, acc6_4); acc6_5 = fma(a6, b5, acc6_5); acc6_6 = fma(a6, b6, acc6_6); acc6_7 = fma(a6, b7, acc6_7); acc6_8 = fma(a6, b8, acc6_8); acc6_9 = fma(a6, b9, acc6_9); acc6_10 = fma(a6, b10, acc6_10); acc6_11 = fma(a6, b11, acc6_11); acc6_12 = fma(a6, b12, acc6_12); acc6_13 = fma(a6, b13, acc6_13); acc6_14 = fma(a6, b14, acc6_14); acc6_15 = fma(a6, b15, acc6_15);
    acc7_0 = fma(a7, b0, acc7_0); acc7_1 = fma(a7, b1, acc7_1); acc7_2 = fma(a7, b2, acc7_2); acc7_3 = fma(a7, b3, acc7_3); acc7_4 = fma(a7, b4, acc7_4); acc7_5 = fma(a7, b5, acc7_5); acc7_6 = fma(a7, b6, acc7_6); acc7_7 = fma(a7, b7, acc7_7); acc7_8 = fma(a7, b8, acc7_8); acc7_9 = fma(a7, b9, acc7_9); acc7_10 = fma(a7, b10, acc7_10); acc7_11 = fma(a7, b11, acc7_11); acc7_12 = fma(a7, b12, acc7_12); acc7_13 = fma(a7, b13, acc7_13); acc7_14 = fma(a7, b14, acc7_14); acc7_15 = fma(a7, b15, acc7_15);
    acc8_0 = fma(a8, b0, acc8_0); acc8_1 = fma(a8, b1, acc8_1); acc8_2 = fma(a8, b2, acc8_2); acc8_3 = fma(a8, b3, acc8_3); acc8_4 = fma(a8, b4, acc8_4); acc8_5 = fma(a8, b5, acc8_5); acc8_6 = fma(a8, b6, acc8_6); acc8_7 = fma(a8, b7, acc8_7); acc8_8 = fma(a8, b8, acc8_8); acc8_9 = fma(a8, b9, acc8_9); acc8_10 = fma(a8, b10, acc8_10); acc8_11 = fma(a8, b11, acc8_11); acc8_12 = fma(a8, b12, acc8_12); acc8_13 = fma(a8, b13, acc8_13); acc8_14 = fma(a8, b14, acc8_14); acc8_15 = fma(a8, b15, acc8_15);
    acc9_0 = fma(a9, b0, acc9_0); acc9_1 = fma(a9, b1, acc9_1); acc9_2 = fma(a9, b2, acc9_2); acc9_3 = fma(a9, b3, acc9_3); acc9_4 = fma(a9, b4, acc9_4); acc9_5 = fma(a9, b5, acc9_5); acc9_6 = fma(a9, b6, acc9_6); acc9_7 = fma(a9, b7, acc9_7); acc9_8 = fma(a9, b8, acc9_8); acc9_9 = fma(a9, b9, acc9_9); acc9_10 = fma(a9, b10, acc9_10); acc9_11 = fma(a9, b11, acc9_11); acc9_12 = fma(a9, b12, acc9_12); acc9_13 = fma(a9, b13, acc9_13); acc9_14 = fma(a9, b14, acc9_14); acc9_15 = fma(a9, b15, acc9_15);
    acc10_0 = fma(a10, b0, acc10_0); acc10_1 = fma(a10, b1, acc10_1); acc10_2 = fma(a10, b2, acc10_2); acc10_3 = fma(a10, b3, acc10_3); acc10_4 = fma(a10, b4, acc10_4); acc10_5 = fma(a10, b5, acc10_5); acc10_6 = fma(a10, b6, acc10_6); acc10_7 = fma(a10, b7, acc10_7); acc10_8 = fma(a10, b8, acc10_8); acc10_9 = fma(a10, b9, acc10_9); acc10_10 = fma(a10, b10, acc10_10); acc10_11 = fma(a10, b11, acc10_11); acc10_12 = fma(a10, b12, acc10_12); acc10_13 = fma(a10, b13, acc10_13); acc10_14 = fma(a10, b14, acc10_14); acc10_15 = fma(a10, b15, acc10_15);
    acc11_0 = fma(a11, b0, acc11_0); acc11_1 = fma(a11, b1, acc11_1); acc11_2 = fma(a11, b2, acc11_2); acc11_3 = fma(a11, b3, acc11_3); acc11_4 = fma(a11, b4, acc11_4); acc11_5 = fma(a11, b5, acc11_5); acc11_6 = fma(a11, b6, acc11_6); acc11_7 = fma(a11, b7, acc11_7); acc11_8 = fma(a11, b8, acc11_8); acc11_9 = fma(a11, b9, acc11_9); acc11_10 = fma(a11, b10, acc11_10); acc11_11 = fma(a11, b11, acc11_11); acc11_12 = fma(a11, b12, acc11_12); acc11_13 = fma(a11, b13, acc11_13); acc11_14 = fma(a11, b14, acc11_14); acc11_15 = fma(a11, b15, acc11_15);
    acc12_0 = fma(a12, b0, acc12_0); acc12_1 = fma(a12, b1, acc12_1); acc12_2 = fma(a12, b2, acc12_2); acc12_3 = fma(a12, b3, acc12_3); acc12_4 = fma(a12, b4, acc12_4); acc12_5 = fma(a12, b5, acc12_5); acc12_6 = fma(a12, b6, acc12_6); acc12_7 = fma(a12, b7, acc12_7); acc12_8 = fma(a12, b8, acc12_8); acc12_9 = fma(a12, b9, acc12_9); acc12_10 = fma(a12, b10, acc12_10); acc12_11 = fma(a12, b11, acc12_11); acc12_12 = fma(a12, b12, acc12_12); acc12_13 = fma(a12, b13, acc12_13); acc12_14 = fma(a12, b14, acc12_14); acc12_15 = fma(a12, b15, acc12_15);
    acc13_0 = fma(a13, b0, acc13_0); acc13_1 = fma(a13, b1, acc13_1); acc13_2 = fma(a13, b2, acc13_2); acc13_3 = fma(a13, b3, acc13_3); acc13_4 = fma(a13, b4, acc13_4); acc13_5 = fma(a13, b5, acc13_5); acc13_6 = fma(a13, b6, acc13_6); acc13_7 = fma(a13, b7, acc13_7); acc13_8 = fma(a13, b8, acc13_8); acc13_9 = fma(a13, b9, acc13_9); acc13_10 = fma(a13, b10, acc13_10); acc13_11 = fma(a13, b11, acc13_11); acc13_12 = fma(a13, b12, acc13_12); acc13_13 = fma(a13, b13, acc13_13); acc13_14 = fma(a13, b14, acc13_14); acc13_15 = fma(a13, b15, acc13_15);
    acc14_0 = fma(a14, b0, acc14_0); acc14_1 = fma(a14, b1, acc14_1); acc14_2 = fma(a14, b2, acc14_2); acc14_3 = fma(a14, b3, acc14_3); acc14_4 = fma(a14, b4, acc14_4); acc14_5 = fma(a14, b5, acc14_5); acc14_6 = fma(a14, b6, acc14_6); acc14_7 = fma(a14, b7, acc14_7); acc14_8 = fma(a14, b8, acc14_8); acc14_9 = fma(a14, b9, acc14_9); acc14_10 = fma(a14, b10, acc14_10); acc14_11 = fma(a14, b11, acc14_11); acc14_12 = fma(a14, b12, acc14_12); acc14_13 = fma(a14, b13, acc14_13); acc14_14 = fma(a14, b14, acc14_14); acc14_15 = fma(a14, b15, acc14_15);
    acc15_0 = fma(a15, b0, acc15_0); acc15_1 = fma(a15, b1, acc15_1); acc15_2 = fma(a15, b2, acc15_2); acc15_3 = fma(a15, b3, acc15_3); acc15_4 = fma(a15, b4, acc15_4); acc15_5 = fma(a15, b5, acc15_5); acc15_6 = fma(a15, b6, acc15_6); acc15_7 = fma(a15, b7, acc15_7); acc15_8 = fma(a15, b8, acc15_8); acc15_9 = fma(a15, b9, acc15_9); acc15_10 = fma(a15, b10, acc15_10); acc15_11 = fma(a15, b11, acc15_11); acc15_12 = fma(a15, b12, acc15_12); acc15_13 = fma(a15, b13, acc15_13); acc15_14 = fma(a15, b14, acc15_14); acc15_15 = fma(a15, b15, acc15_15);
    ka += a_step;
    kb += b_step;
  }
  let coff = wg.z * p.stride_c;
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  let oc8 = col0 + 8u;
  let oc9 = col0 + 9u;
  let oc10 = col0 + 10u;
  let oc11 = col0 + 11u;
  let oc12 = col0 + 12u;
  let oc13 = col0 + 13u;
  let oc14 = col0 + 14u;
  let oc15 = col0 + 15u;
  let or0 = row0 + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc0_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc0_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc0_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc0_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc0_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc0_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc0_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc0_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc0_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc0_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc0_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc0_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc0_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc0_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc0_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc0_15; }
  }
  let or1 = row0 + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc1_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc1_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc1_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc1_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc1_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc1_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc1_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc1_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc1_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc1_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc1_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc1_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc1_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc1_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc1_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc1_15; }
  }
  let or2 = row0 + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc2_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc2_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc2_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc2_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc2_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc2_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc2_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc2_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc2_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc2_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc2_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc2_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc2_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc2_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc2_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc2_15; }
  }
  let or3 = row0 + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc3_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc3_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc3_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc3_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc3_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc3_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc3_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc3_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc3_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc3_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc3_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc3_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc3_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc3_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc3_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc3_15; }
  }
  let or4 = row0 + 4u;
  if (or4 < p.m) {
    let cr = coff + or4 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc4_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc4_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc4_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc4_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc4_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc4_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc4_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc4_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc4_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc4_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc4_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc4_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc4_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc4_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc4_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc4_15; }
  }
  let or5 = row0 + 5u;
  if (or5 < p.m) {
    let cr = coff + or5 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc5_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc5_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc5_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc5_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc5_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc5_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc5_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc5_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc5_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc5_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc5_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc5_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc5_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc5_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc5_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc5_15; }
  }
  let or6 = row0 + 6u;
  if (or6 < p.m) {
    let cr = coff + or6 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc6_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc6_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc6_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc6_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc6_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc6_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc6_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc6_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc6_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc6_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc6_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc6_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc6_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc6_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc6_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc6_15; }
  }
  let or7 = row0 + 7u;
  if (or7 < p.m) {
    let cr = coff + or7 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc7_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc7_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc7_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc7_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc7_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc7_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc7_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc7_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc7_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc7_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc7_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc7_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc7_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc7_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc7_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc7_15; }
  }
  let or8 = row0 + 8u;
  if (or8 < p.m) {
    let cr = coff + or8 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc8_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc8_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc8_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc8_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc8_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc8_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc8_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc8_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc8_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc8_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc8_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc8_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc8_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc8_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc8_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc8_15; }
  }
  let or9 = row0 + 9u;
  if (or9 < p.m) {
    let cr = coff + or9 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc9_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc9_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc9_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc9_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc9_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc9_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc9_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc9_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc9_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc9_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc9_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc9_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc9_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc9_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc9_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc9_15; }
  }
  let or10 = row0 + 10u;
  if (or10 < p.m) {
    let cr = coff + or10 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc10_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc10_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc10_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc10_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc10_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc10_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc10_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc10_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc10_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc10_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc10_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc10_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc10_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc10_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc10_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc10_15; }
  }
  let or11 = row0 + 11u;
  if (or11 < p.m) {
    let cr = coff + or11 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc11_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc11_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc11_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc11_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc11_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc11_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc11_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc11_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc11_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc11_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc11_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc11_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc11_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc11_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc11_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc11_15; }
  }
  let or12 = row0 + 12u;
  if (or12 < p.m) {
    let cr = coff + or12 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc12_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc12_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc12_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc12_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc12_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc12_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc12_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc12_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc12_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc12_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc12_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc12_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc12_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc12_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc12_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc12_15; }
  }
  let or13 = row0 + 13u;
  if (or13 < p.m) {
    let cr = coff + or13 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc13_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc13_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc13_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc13_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc13_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc13_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc13_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc13_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc13_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc13_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc13_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc13_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc13_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc13_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc13_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc13_15; }
  }
  let or14 = row0 + 14u;
  if (or14 < p.m) {
    let cr = coff + or14 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc14_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc14_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc14_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc14_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc14_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc14_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc14_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc14_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc14_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc14_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc14_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc14_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc14_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc14_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc14_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc14_15; }
  }
  let or15 = row0 + 15u;
  if (or15 < p.m) {
    let cr = coff + or15 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc15_0; }
    if (oc1 < p.n) { c[cr + oc1] = acc15_1; }
    if (oc2 < p.n) { c[cr + oc2] = acc15_2; }
    if (oc3 < p.n) { c[cr + oc3] = acc15_3; }
    if (oc4 < p.n) { c[cr + oc4] = acc15_4; }
    if (oc5 < p.n) { c[cr + oc5] = acc15_5; }
    if (oc6 < p.n) { c[cr + oc6] = acc15_6; }
    if (oc7 < p.n) { c[cr + oc7] = acc15_7; }
    if (oc8 < p.n) { c[cr + oc8] = acc15_8; }
    if (oc9 < p.n) { c[cr + oc9] = acc15_9; }
    if (oc10 < p.n) { c[cr + oc10] = acc15_10; }
    if (oc11 < p.n) { c[cr + oc11] = acc15_11; }
    if (oc12 < p.n) { c[cr + oc12] = acc15_12; }
    if (oc13 < p.n) { c[cr + oc13] = acc15_13; }
    if (oc14 < p.n) { c[cr + oc14] = acc15_14; }
    if (oc15 < p.n) { c[cr + oc15] = acc15_15; }
  }
}

// matmul_vec4: same result as `matmul`, for aligned shapes only:
//   K % 4 == 0, and M % 4 == 0 when TRANS_A, and N % 4 == 0 when !TRANS_B,
//   and stride_a % 4 == 0, stride_b % 4 == 0 (true for the dense strides M*K, K*N, and for 0).
//   (M and N are otherwise free: rows/cols past the end are clamped on load, skipped on store.)
//   workgroup_size(8, 8, 1); each invocation computes 16 x 16 outputs;
//   output tile per workgroup = 128 rows x 128 cols;
//   grid = (ceil(N / 128), ceil(M / 128), batch).
// Each step of the k loop covers 4 values of k with 16 + 16 vec4 loads.
@compute @workgroup_size(8, 8, 1)
fn matmul_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let row0 = (wg.y * 8u + lid.y) * 16u;
  let col0 = (wg.x * 8u + lid.x) * 16u;
  let k4 = p.k / 4u;
  let aoff = wg.z * (p.stride_a / 4u);
  let boff = wg.z * (p.stride_b / 4u);
  // vec4 bases. ra_i: row i of A (!TRANS_A, vec4 along k); ga_g: rows 4g..4g+3 of A
  // (TRANS_A, vec4 along m); gb_jv: cols 4jv..4jv+3 of B (!TRANS_B, vec4 along n);
  // cb_j: col j of B (TRANS_B, vec4 along k).
  let ra0 = aoff + min(row0 + 0u, p.m - 1u) * k4;
  let ra1 = aoff + min(row0 + 1u, p.m - 1u) * k4;
  let ra2 = aoff + min(row0 + 2u, p.m - 1u) * k4;
  let ra3 = aoff + min(row0 + 3u, p.m - 1u) * k4;
  let ra4 = aoff + min(row0 + 4u, p.m - 1u) * k4;
  let ra5 = aoff + min(row0 + 5u, p.m - 1u) * k4;
  let ra6 = aoff + min(row0 + 6u, p.m - 1u) * k4;
  let ra7 = aoff + min(row0 + 7u, p.m - 1u) * k4;
  let ra8 = aoff + min(row0 + 8u, p.m - 1u) * k4;
  let ra9 = aoff + min(row0 + 9u, p.m - 1u) * k4;
  let ra10 = aoff + min(row0 + 10u, p.m - 1u) * k4;
  let ra11 = aoff + min(row0 + 11u, p.m - 1u) * k4;
  let ra12 = aoff + min(row0 + 12u, p.m - 1u) * k4;
  let ra13 = aoff + min(row0 + 13u, p.m - 1u) * k4;
  let ra14 = aoff + min(row0 + 14u, p.m - 1u) * k4;
  let ra15 = aoff + min(row0 + 15u, p.m - 1u) * k4;
  let ga0 = aoff + min(row0 / 4u + 0u, p.m / 4u - 1u);
  let ga1 = aoff + min(row0 / 4u + 1u, p.m / 4u - 1u);
  let ga2 = aoff + min(row0 / 4u + 2u, p.m / 4u - 1u);
  let ga3 = aoff + min(row0 / 4u + 3u, p.m / 4u - 1u);
  let gb0 = boff + min(col0 / 4u + 0u, p.n / 4u - 1u);
  let gb1 = boff + min(col0 / 4u + 1u, p.n / 4u - 1u);
  let gb2 = boff + min(col0 / 4u + 2u, p.n / 4u - 1u);
  let gb3 = boff + min(col0 / 4u + 3u, p.n / 4u - 1u);
  let cb0 = boff + min(col0 + 0u, p.n - 1u) * k4;
  let cb1 = boff + min(col0 + 1u, p.n - 1u) * k4;
  let cb2 = boff + min(col0 + 2u, p.n - 1u) * k4;
  let cb3 = boff + min(col0 + 3u, p.n - 1u) * k4;
  let cb4 = boff + min(col0 + 4u, p.n - 1u) * k4;
  let cb5 = boff + min(col0 + 5u, p.n - 1u) * k4;
  let cb6 = boff + min(col0 + 6u, p.n - 1u) * k4;
  let cb7 = boff + min(col0 + 7u, p.n - 1u) * k4;
  let cb8 = boff + min(col0 + 8u, p.n - 1u) * k4;
  let cb9 = boff + min(col0 + 9u, p.n - 1u) * k4;
  let cb10 = boff + min(col0 + 10u, p.n - 1u) * k4;
  let cb11 = boff + min(col0 + 11u, p.n - 1u) * k4;
  let cb12 = boff + min(col0 + 12u, p.n - 1u) * k4;
  let cb13 = boff + min(col0 + 13u, p.n - 1u) * k4;
  let cb14 = boff + min(col0 + 14u, p.n - 1u) * k4;
  let cb15 = boff + min(col0 + 15u, p.n - 1u) * k4;
  let m4 = p.m / 4u;
  let n4 = p.n / 4u;
  var acc0_0 = vec4<f32>(0.0); var acc0_1 = vec4<f32>(0.0); var acc0_2 = vec4<f32>(0.0); var acc0_3 = vec4<f32>(0.0);
  var acc1_0 = vec4<f32>(0.0); var acc1_1 = vec4<f32>(0.0); var acc1_2 = vec4<f32>(0.0); var acc1_3 = vec4<f32>(0.0);
  var acc2_0 = vec4<f32>(0.0); var acc2_1 = vec4<f32>(0.0); var acc2_2 = vec4<f32>(0.0); var acc2_3 = vec4<f32>(0.0);
  var acc3_0 = vec4<f32>(0.0); var acc3_1 = vec4<f32>(0.0); var acc3_2 = vec4<f32>(0.0); var acc3_3 = vec4<f32>(0.0);
  var acc4_0 = vec4<f32>(0.0); var acc4_1 = vec4<f32>(0.0); var acc4_2 = vec4<f32>(0.0); var acc4_3 = vec4<f32>(0.0);
  var acc5_0 = vec4<f32>(0.0); var acc5_1 = vec4<f32>(0.0); var acc5_2 = vec4<f32>(0.0); var acc5_3 = vec4<f32>(0.0);
  var acc6_0 = vec4<f32>(0.0); var acc6_1 = vec4<f32>(0.0); var acc6_2 = vec4<f32>(0.0); var acc6_3 = vec4<f32>(0.0);
  var acc7_0 = vec4<f32>(0.0); var acc7_1 = vec4<f32>(0.0); var acc7_2 = vec4<f32>(0.0); var acc7_3 = vec4<f32>(0.0);
  var acc8_0 = vec4<f32>(0.0); var acc8_1 = vec4<f32>(0.0); var acc8_2 = vec4<f32>(0.0); var acc8_3 = vec4<f32>(0.0);
  var acc9_0 = vec4<f32>(0.0); var acc9_1 = vec4<f32>(0.0); var acc9_2 = vec4<f32>(0.0); var acc9_3 = vec4<f32>(0.0);
  var acc10_0 = vec4<f32>(0.0); var acc10_1 = vec4<f32>(0.0); var acc10_2 = vec4<f32>(0.0); var acc10_3 = vec4<f32>(0.0);
  var acc11_0 = vec4<f32>(0.0); var acc11_1 = vec4<f32>(0.0); var acc11_2 = vec4<f32>(0.0); var acc11_3 = vec4<f32>(0.0);
  var acc12_0 = vec4<f32>(0.0); var acc12_1 = vec4<f32>(0.0); var acc12_2 = vec4<f32>(0.0); var acc12_3 = vec4<f32>(0.0);
  var acc13_0 = vec4<f32>(0.0); var acc13_1 = vec4<f32>(0.0); var acc13_2 = vec4<f32>(0.0); var acc13_3 = vec4<f32>(0.0);
  var acc14_0 = vec4<f32>(0.0); var acc14_1 = vec4<f32>(0.0); var acc14_2 = vec4<f32>(0.0); var acc14_3 = vec4<f32>(0.0);
  var acc15_0 = vec4<f32>(0.0); var acc15_1 = vec4<f32>(0.0); var acc15_2 = vec4<f32>(0.0); var acc15_3 = vec4<f32>(0.0);
  // vec4 offsets of rows 4kq of A (TRANS_A) and of B (!TRANS_B), advanced by hand:
  // written as (4kq + q) * m4, lavapipe ran TRANS_A && !TRANS_B at 1024^3 ~6x slower.
  var a_k = 0u;
  var b_k = 0u;
  for (var kq = 0u; kq < k4; kq++) {
    // bq_jv = B(4kq + q, col0 + 4jv .. 4jv+3)
    var bq0_0: vec4<f32>;
    var bq0_1: vec4<f32>;
    var bq0_2: vec4<f32>;
    var bq0_3: vec4<f32>;
    var bq1_0: vec4<f32>;
    var bq1_1: vec4<f32>;
    var bq1_2: vec4<f32>;
    var bq1_3: vec4<f32>;
    var bq2_0: vec4<f32>;
    var bq2_1: vec4<f32>;
    var bq2_2: vec4<f32>;
    var bq2_3: vec4<f32>;
    var bq3_0: vec4<f32>;
    var bq3_1: vec4<f32>;
    var bq3_2: vec4<f32>;
    var bq3_3: vec4<f32>;
    if (TRANS_B) {
      let bc0 = vec4<f32>(b4[cb0 + kq]);
      let bc1 = vec4<f32>(b4[cb1 + kq]);
      let bc2 = vec4<f32>(b4[cb2 + kq]);
      let bc3 = vec4<f32>(b4[cb3 + kq]);
      let bc4 = vec4<f32>(b4[cb4 + kq]);
      let bc5 = vec4<f32>(b4[cb5 + kq]);
      let bc6 = vec4<f32>(b4[cb6 + kq]);
      let bc7 = vec4<f32>(b4[cb7 + kq]);
      let bc8 = vec4<f32>(b4[cb8 + kq]);
      let bc9 = vec4<f32>(b4[cb9 + kq]);
      let bc10 = vec4<f32>(b4[cb10 + kq]);
      let bc11 = vec4<f32>(b4[cb11 + kq]);
      let bc12 = vec4<f32>(b4[cb12 + kq]);
      let bc13 = vec4<f32>(b4[cb13 + kq]);
      let bc14 = vec4<f32>(b4[cb14 + kq]);
      let bc15 = vec4<f32>(b4[cb15 + kq]);
      bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
      bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
      bq0_2 = vec4<f32>(bc8[0], bc9[0], bc10[0], bc11[0]);
      bq0_3 = vec4<f32>(bc12[0], bc13[0], bc14[0], bc15[0]);
      bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
      bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
      bq1_2 = vec4<f32>(bc8[1], bc9[1], bc10[1], bc11[1]);
      bq1_3 = vec4<f32>(bc12[1], bc13[1], bc14[1], bc15[1]);
      bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
      bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
      bq2_2 = vec4<f32>(bc8[2], bc9[2], bc10[2], bc11[2]);
      bq2_3 = vec4<f32>(bc12[2], bc13[2], bc14[2], bc15[2]);
      bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
      bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
      bq3_2 = vec4<f32>(bc8[3], bc9[3], bc10[3], bc11[3]);
      bq3_3 = vec4<f32>(bc12[3], bc13[3], bc14[3], bc15[3]);
    } else {
      let kb0 = b_k + 0u * n4;
      bq0_0 = vec4<f32>(b4[gb0 + kb0]);
      bq0_1 = vec4<f32>(b4[gb1 + kb0]);
      bq0_2 = vec4<f32>(b4[gb2 + kb0]);
      bq0_3 = vec4<f32>(b4[gb3 + kb0]);
      let kb1 = b_k + 1u * n4;
      bq1_0 = vec4<f32>(b4[gb0 + kb1]);
      bq1_1 = vec4<f32>(b4[gb1 + kb1]);
      bq1_2 = vec4<f32>(b4[gb2 + kb1]);
      bq1_3 = vec4<f32>(b4[gb3 + kb1]);
      let kb2 = b_k + 2u * n4;
      bq2_0 = vec4<f32>(b4[gb0 + kb2]);
      bq2_1 = vec4<f32>(b4[gb1 + kb2]);
      bq2_2 = vec4<f32>(b4[gb2 + kb2]);
      bq2_3 = vec4<f32>(b4[gb3 + kb2]);
      let kb3 = b_k + 3u * n4;
      bq3_0 = vec4<f32>(b4[gb0 + kb3]);
      bq3_1 = vec4<f32>(b4[gb1 + kb3]);
      bq3_2 = vec4<f32>(b4[gb2 + kb3]);
      bq3_3 = vec4<f32>(b4[gb3 + kb3]);
    }
    if (TRANS_A) {
      let ka0 = a_k + 0u * m4;
      let ag0_0 = vec4<f32>(a4[ga0 + ka0]);
      let ag1_0 = vec4<f32>(a4[ga1 + ka0]);
      let ag2_0 = vec4<f32>(a4[ga2 + ka0]);
      let ag3_0 = vec4<f32>(a4[ga3 + ka0]);
      let ka1 = a_k + 1u * m4;
      let ag0_1 = vec4<f32>(a4[ga0 + ka1]);
      let ag1_1 = vec4<f32>(a4[ga1 + ka1]);
      let ag2_1 = vec4<f32>(a4[ga2 + ka1]);
      let ag3_1 = vec4<f32>(a4[ga3 + ka1]);
      let ka2 = a_k + 2u * m4;
      let ag0_2 = vec4<f32>(a4[ga0 + ka2]);
      let ag1_2 = vec4<f32>(a4[ga1 + ka2]);
      let ag2_2 = vec4<f32>(a4[ga2 + ka2]);
      let ag3_2 = vec4<f32>(a4[ga3 + ka2]);
      let ka3 = a_k + 3u * m4;
      let ag0_3 = vec4<f32>(a4[ga0 + ka3]);
      let ag1_3 = vec4<f32>(a4[ga1 + ka3]);
      let ag2_3 = vec4<f32>(a4[ga2 + ka3]);
      let ag3_3 = vec4<f32>(a4[ga3 + ka3]);
      let s0_0 = vec4<f32>(ag0_0[0]);
      let s0_1 = vec4<f32>(ag0_1[0]);
      let s0_2 = vec4<f32>(ag0_2[0]);
      let s0_3 = vec4<f32>(ag0_3[0]);
      acc0_0 = fma(s0_0, bq0_0, acc0_0); acc0_0 = fma(s0_1, bq1_0, acc0_0); acc0_0 = fma(s0_2, bq2_0, acc0_0); acc0_0 = fma(s0_3, bq3_0, acc0_0);
      acc0_1 = fma(s0_0, bq0_1, acc0_1); acc0_1 = fma(s0_1, bq1_1, acc0_1); acc0_1 = fma(s0_2, bq2_1, acc0_1); acc0_1 = fma(s0_3, bq3_1, acc0_1);
      acc0_2 = fma(s0_0, bq0_2, acc0_2); acc0_2 = fma(s0_1, bq1_2, acc0_2); acc0_2 = fma(s0_2, bq2_2, acc0_2); acc0_2 = fma(s0_3, bq3_2, acc0_2);
      acc0_3 = fma(s0_0, bq0_3, acc0_3); acc0_3 = fma(s0_1, bq1_3, acc0_3); acc0_3 = fma(s0_2, bq2_3, acc0_3); acc0_3 = fma(s0_3, bq3_3, acc0_3);
      let s1_0 = vec4<f32>(ag0_0[1]);
      let s1_1 = vec4<f32>(ag0_1[1]);
      let s1_2 = vec4<f32>(ag0_2[1]);
      let s1_3 = vec4<f32>(ag0_3[1]);
      acc1_0 = fma(s1_0, bq0_0, acc1_0); acc1_0 = fma(s1_1, bq1_0, acc1_0); acc1_0 = fma(s1_2, bq2_0, acc1_0); acc1_0 = fma(s1_3, bq3_0, acc1_0);
      acc1_1 = fma(s1_0, bq0_1, acc1_1); acc1_1 = fma(s1_1, bq1_1, acc1_1); acc1_1 = fma(s1_2, bq2_1, acc1_1); acc1_1 = fma(s1_3, bq3_1, acc1_1);
      acc1_2 = fma(s1_0, bq0_2, acc1_2); acc1_2 = fma(s1_1, bq1_2, acc1_2); acc1_2 = fma(s1_2, bq2_2, acc1_2); acc1_2 = fma(s1_3, bq3_2, acc1_2);
      acc1_3 = fma(s1_0, bq0_3, acc1_3); acc1_3 = fma(s1_1, bq1_3, acc1_3); acc1_3 = fma(s1_2, bq2_3, acc1_3); acc1_3 = fma(s1_3, bq3_3, acc1_3);
      let s2_0 = vec4<f32>(ag0_0[2]);
      let s2_1 = vec4<f32>(ag0_1[2]);
      let s2_2 = vec4<f32>(ag0_2[2]);
      let s2_3 = vec4<f32>(ag0_3[2]);
      acc2_0 = fma(s2_0, bq0_0, acc2_0); acc2_0 = fma(s2_1, bq1_0, acc2_0); acc2_0 = fma(s2_2, bq2_0, acc2_0); acc2_0 = fma(s2_3, bq3_0, acc2_0);
      acc2_1 = fma(s2_0, bq0_1, acc2_1); acc2_1 = fma(s2_1, bq1_1, acc2_1); acc2_1 = fma(s2_2, bq2_1, acc2_1); acc2_1 = fma(s2_3, bq3_1, acc2_1);
      acc2_2 = fma(s2_0, bq0_2, acc2_2); acc2_2 = fma(s2_1, bq1_2, acc2_2); acc2_2 = fma(s2_2, bq2_2, acc2_2); acc2_2 = fma(s2_3, bq3_2, acc2_2);
      acc2_3 = fma(s2_0, bq0_3, acc2_3); acc2_3 = fma(s2_1, bq1_3, acc2_3); acc2_3 = fma(s2_2, bq2_3, acc2_3); acc2_3 = fma(s2_3, bq3_3, acc2_3);
      let s3_0 = vec4<f32>(ag0_0[3]);
      let s3_1 = vec4<f32>(ag0_1[3]);
      let s3_2 = vec4<f32>(ag0_2[3]);
      let s3_3 = vec4<f32>(ag0_3[3]);
      acc3_0 = fma(s3_0, bq0_0, acc3_0); acc3_0 = fma(s3_1, bq1_0, acc3_0); acc3_0 = fma(s3_2, bq2_0, acc3_0); acc3_0 = fma(s3_3, bq3_0, acc3_0);
      acc3_1 = fma(s3_0, bq0_1, acc3_1); acc3_1 = fma(s3_1, bq1_1, acc3_1); acc3_1 = fma(s3_2, bq2_1, acc3_1); acc3_1 = fma(s3_3, bq3_1, acc3_1);
      acc3_2 = fma(s3_0, bq0_2, acc3_2); acc3_2 = fma(s3_1, bq1_2, acc3_2); acc3_2 = fma(s3_2, bq2_2, acc3_2); acc3_2 = fma(s3_3, bq3_2, acc3_2);
      acc3_3 = fma(s3_0, bq0_3, acc3_3); acc3_3 = fma(s3_1, bq1_3, acc3_3); acc3_3 = fma(s3_2, bq2_3, acc3_3); acc3_3 = fma(s3_3, bq3_3, acc3_3);
      let s4_0 = vec4<f32>(ag1_0[0]);
      let s4_1 = vec4<f32>(ag1_1[0]);
      let s4_2 = vec4<f32>(ag1_2[0]);
      let s4_3 = vec4<f32>(ag1_3[0]);
      acc4_0 = fma(s4_0, bq0_0, acc4_0); acc4_0 = fma(s4_1, bq1_0, acc4_0); acc4_0 = fma(s4_2, bq2_0, acc4_0); acc4_0 = fma(s4_3, bq3_0, acc4_0);
      acc4_1 = fma(s4_0, bq0_1, acc4_1); acc4_1 = fma(s4_1, bq1_1, acc4_1); acc4_1 = fma(s4_2, bq2_1, acc4_1); acc4_1 = fma(s4_3, bq3_1, acc4_1);
      acc4_2 = fma(s4_0, bq0_2, acc4_2); acc4_2 = fma(s4_1, bq1_2, acc4_2); acc4_2 = fma(s4_2, bq2_2, acc4_2); acc4_2 = fma(s4_3, bq3_2, acc4_2);
      acc4_3 = fma(s4_0, bq0_3, acc4_3); acc4_3 = fma(s4_1, bq1_3, acc4_3); acc4_3 = fma(s4_2, bq2_3, acc4_3); acc4_3 = fma(s4_3, bq3_3, acc4_3);
      let s5_0 = vec4<f32>(ag1_0[1]);
      let s5_1 = vec4<f32>(ag1_1[1]);
      let s5_2 = vec4<f32>(ag1_2[1]);
      let s5_3 = vec4<f32>(ag1_3[1]);
      acc5_0 = fma(s5_0, bq0_0, acc5_0); acc5_0 = fma(s5_1, bq1_0, acc5_0); acc5_0 = fma(s5_2, bq2_0, acc5_0); acc5_0 = fma(s5_3, bq3_0, acc5_0);
      acc5_1 = fma(s5_0, bq0_1, acc5_1); acc5_1 = fma(s5_1, bq1_1, acc5_1); acc5_1 = fma(s5_2, bq2_1, acc5_1); acc5_1 = fma(s5_3, bq3_1, acc5_1);
      acc5_2 = fma(s5_0, bq0_2, acc5_2); acc5_2 = fma(s5_1, bq1_2, acc5_2); acc5_2 = fma(s5_2, bq2_2, acc5_2); acc5_2 = fma(s5_3, bq3_2, acc5_2);
      acc5_3 = fma(s5_0, bq0_3, acc5_3); acc5_3 = fma(s5_1, bq1_3, acc5_3); acc5_3 = fma(s5_2, bq2_3, acc5_3); acc5_3 = fma(s5_3, bq3_3, acc5_3);
      let s6_0 = vec4<f32>(ag1_0[2]);
      let s6_1 = vec4<f32>(ag1_1[2]);
      let s6_2 = vec4<f32>(ag1_2[2]);
      let s6_3 = vec4<f32>(ag1_3[2]);
      acc6_0 = fma(s6_0, bq0_0, acc6_0); acc6_0 = fma(s6_1, bq1_0, acc6_0); acc6_0 = fma(s6_2, bq2_0, acc6_0); acc6_0 = fma(s6_3, bq3_0, acc6_0);
      acc6_1 = fma(s6_0, bq0_1, acc6_1); acc6_1 = fma(s6_1, bq1_1, acc6_1); acc6_1 = fma(s6_2, bq2_1, acc6_1); acc6_1 = fma(s6_3, bq3_1, acc6_1);
      acc6_2 = fma(s6_0, bq0_2, acc6_2); acc6_2 = fma(s6_1, bq1_2, acc6_2); acc6_2 = fma(s6_2, bq2_2, acc6_2); acc6_2 = fma(s6_3, bq3_2, acc6_2);
      acc6_3 = fma(s6_0, bq0_3, acc6_3); acc6_3 = fma(s6_1, bq1_3, acc6_3); acc6_3 = fma(s6_2, bq2_3, acc6_3); acc6_3 = fma(s6_3, bq3_3, acc6_3);
      let s7_0 = vec4<f32>(ag1_0[3]);
      let s7_1 = vec4<f32>(ag1_1[3]);
      let s7_2 = vec4<f32>(ag1_2[3]);
      let s7_3 = vec4<f32>(ag1_3[3]);
      acc7_0 = fma(s7_0, bq0_0, acc7_0); acc7_0 = fma(s7_1, bq1_0, acc7_0); acc7_0 = fma(s7_2, bq2_0, acc7_0); acc7_0 = fma(s7_3, bq3_0, acc7_0);
      acc7_1 = fma(s7_0, bq0_1, acc7_1); acc7_1 = fma(s7_1, bq1_1, acc7_1); acc7_1 = fma(s7_2, bq2_1, acc7_1); acc7_1 = fma(s7_3, bq3_1, acc7_1);
      acc7_2 = fma(s7_0, bq0_2, acc7_2); acc7_2 = fma(s7_1, bq1_2, acc7_2); acc7_2 = fma(s7_2, bq2_2, acc7_2); acc7_2 = fma(s7_3, bq3_2, acc7_2);
      acc7_3 = fma(s7_0, bq0_3, acc7_3); acc7_3 = fma(s7_1, bq1_3, acc7_3); acc7_3 = fma(s7_2, bq2_3, acc7_3); acc7_3 = fma(s7_3, bq3_3, acc7_3);
      let s8_0 = vec4<f32>(ag2_0[0]);
      let s8_1 = vec4<f32>(ag2_1[0]);
      let s8_2 = vec4<f32>(ag2_2[0]);
      let s8_3 = vec4<f32>(ag2_3[0]);
      acc8_0 = fma(s8_0, bq0_0, acc8_0); acc8_0 = fma(s8_1, bq1_0, acc8_0); acc8_0 = fma(s8_2, bq2_0, acc8_0); acc8_0 = fma(s8_3, bq3_0, acc8_0);
      acc8_1 = fma(s8_0, bq0_1, acc8_1); acc8_1 = fma(s8_1, bq1_1, acc8_1); acc8_1 = fma(s8_2, bq2_1, acc8_1); acc8_1 = fma(s8_3, bq3_1, acc8_1);
      acc8_2 = fma(s8_0, bq0_2, acc8_2); acc8_2 = fma(s8_1, bq1_2, acc8_2); acc8_2 = fma(s8_2, bq2_2, acc8_2); acc8_2 = fma(s8_3, bq3_2, acc8_2);
      acc8_3 = fma(s8_0, bq0_3, acc8_3); acc8_3 = fma(s8_1, bq1_3, acc8_3); acc8_3 = fma(s8_2, bq2_3, acc8_3); acc8_3 = fma(s8_3, bq3_3, acc8_3);
      let s9_0 = vec4<f32>(ag2_0[1]);
      let s9_1 = vec4<f32>(ag2_1[1]);
      let s9_2 = vec4<f32>(ag2_2[1]);
      let s9_3 = vec4<f32>(ag2_3[1]);
      acc9_0 = fma(s9_0, bq0_0, acc9_0); acc9_0 = fma(s9_1, bq1_0, acc9_0); acc9_0 = fma(s9_2, bq2_0, acc9_0); acc9_0 = fma(s9_3, bq3_0, acc9_0);
      acc9_1 = fma(s9_0, bq0_1, acc9_1); acc9_1 = fma(s9_1, bq1_1, acc9_1); acc9_1 = fma(s9_2, bq2_1, acc9_1); acc9_1 = fma(s9_3, bq3_1, acc9_1);
      acc9_2 = fma(s9_0, bq0_2, acc9_2); acc9_2 = fma(s9_1, bq1_2, acc9_2); acc9_2 = fma(s9_2, bq2_2, acc9_2); acc9_2 = fma(s9_3, bq3_2, acc9_2);
      acc9_3 = fma(s9_0, bq0_3, acc9_3); acc9_3 = fma(s9_1, bq1_3, acc9_3); acc9_3 = fma(s9_2, bq2_3, acc9_3); acc9_3 = fma(s9_3, bq3_3, acc9_3);
      let s10_0 = vec4<f32>(ag2_0[2]);
      let s10_1 = vec4<f32>(ag2_1[2]);
      let s10_2 = vec4<f32>(ag2_2[2]);
      let s10_3 = vec4<f32>(ag2_3[2]);
      acc10_0 = fma(s10_0, bq0_0, acc10_0); acc10_0 = fma(s10_1, bq1_0, acc10_0); acc10_0 = fma(s10_2, bq2_0, acc10_0); acc10_0 = fma(s10_3, bq3_0, acc10_0);
      acc10_1 = fma(s10_0, bq0_1, acc10_1); acc10_1 = fma(s10_1, bq1_1, acc10_1); acc10_1 = fma(s10_2, bq2_1, acc10_1); acc10_1 = fma(s10_3, bq3_1, acc10_1);
      acc10_2 = fma(s10_0, bq0_2, acc10_2); acc10_2 = fma(s10_1, bq1_2, acc10_2); acc10_2 = fma(s10_2, bq2_2, acc10_2); acc10_2 = fma(s10_3, bq3_2, acc10_2);
      acc10_3 = fma(s10_0, bq0_3, acc10_3); acc10_3 = fma(s10_1, bq1_3, acc10_3); acc10_3 = fma(s10_2, bq2_3, acc10_3); acc10_3 = fma(s10_3, bq3_3, acc10_3);
      let s11_0 = vec4<f32>(ag2_0[3]);
      let s11_1 = vec4<f32>(ag2_1[3]);
      let s11_2 = vec4<f32>(ag2_2[3]);
      let s11_3 = vec4<f32>(ag2_3[3]);
      acc11_0 = fma(s11_0, bq0_0, acc11_0); acc11_0 = fma(s11_1, bq1_0, acc11_0); acc11_0 = fma(s11_2, bq2_0, acc11_0); acc11_0 = fma(s11_3, bq3_0, acc11_0);
      acc11_1 = fma(s11_0, bq0_1, acc11_1); acc11_1 = fma(s11_1, bq1_1, acc11_1); acc11_1 = fma(s11_2, bq2_1, acc11_1); acc11_1 = fma(s11_3, bq3_1, acc11_1);
      acc11_2 = fma(s11_0, bq0_2, acc11_2); acc11_2 = fma(s11_1, bq1_2, acc11_2); acc11_2 = fma(s11_2, bq2_2, acc11_2); acc11_2 = fma(s11_3, bq3_2, acc11_2);
      acc11_3 = fma(s11_0, bq0_3, acc11_3); acc11_3 = fma(s11_1, bq1_3, acc11_3); acc11_3 = fma(s11_2, bq2_3, acc11_3); acc11_3 = fma(s11_3, bq3_3, acc11_3);
      let s12_0 = vec4<f32>(ag3_0[0]);
      let s12_1 = vec4<f32>(ag3_1[0]);
      let s12_2 = vec4<f32>(ag3_2[0]);
      let s12_3 = vec4<f32>(ag3_3[0]);
      acc12_0 = fma(s12_0, bq0_0, acc12_0); acc12_0 = fma(s12_1, bq1_0, acc12_0); acc12_0 = fma(s12_2, bq2_0, acc12_0); acc12_0 = fma(s12_3, bq3_0, acc12_0);
      acc12_1 = fma(s12_0, bq0_1, acc12_1); acc12_1 = fma(s12_1, bq1_1, acc12_1); acc12_1 = fma(s12_2, bq2_1, acc12_1); acc12_1 = fma(s12_3, bq3_1, acc12_1);
      acc12_2 = fma(s12_0, bq0_2, acc12_2); acc12_2 = fma(s12_1, bq1_2, acc12_2); acc12_2 = fma(s12_2, bq2_2, acc12_2); acc12_2 = fma(s12_3, bq3_2, acc12_2);
      acc12_3 = fma(s12_0, bq0_3, acc12_3); acc12_3 = fma(s12_1, bq1_3, acc12_3); acc12_3 = fma(s12_2, bq2_3, acc12_3); acc12_3 = fma(s12_3, bq3_3, acc12_3);
      let s13_0 = vec4<f32>(ag3_0[1]);
      let s13_1 = vec4<f32>(ag3_1[1]);
      let s13_2 = vec4<f32>(ag3_2[1]);
      let s13_3 = vec4<f32>(ag3_3[1]);
      acc13_0 = fma(s13_0, bq0_0, acc13_0); acc13_0 = fma(s13_1, bq1_0, acc13_0); acc13_0 = fma(s13_2, bq2_0, acc13_0); acc13_0 = fma(s13_3, bq3_0, acc13_0);
      acc13_1 = fma(s13_0, bq0_1, acc13_1); acc13_1 = fma(s13_1, bq1_1, acc13_1); acc13_1 = fma(s13_2, bq2_1, acc13_1); acc13_1 = fma(s13_3, bq3_1, acc13_1);
      acc13_2 = fma(s13_0, bq0_2, acc13_2); acc13_2 = fma(s13_1, bq1_2, acc13_2); acc13_2 = fma(s13_2, bq2_2, acc13_2); acc13_2 = fma(s13_3, bq3_2, acc13_2);
      acc13_3 = fma(s13_0, bq0_3, acc13_3); acc13_3 = fma(s13_1, bq1_3, acc13_3); acc13_3 = fma(s13_2, bq2_3, acc13_3); acc13_3 = fma(s13_3, bq3_3, acc13_3);
      let s14_0 = vec4<f32>(ag3_0[2]);
      let s14_1 = vec4<f32>(ag3_1[2]);
      let s14_2 = vec4<f32>(ag3_2[2]);
      let s14_3 = vec4<f32>(ag3_3[2]);
      acc14_0 = fma(s14_0, bq0_0, acc14_0); acc14_0 = fma(s14_1, bq1_0, acc14_0); acc14_0 = fma(s14_2, bq2_0, acc14_0); acc14_0 = fma(s14_3, bq3_0, acc14_0);
      acc14_1 = fma(s14_0, bq0_1, acc14_1); acc14_1 = fma(s14_1, bq1_1, acc14_1); acc14_1 = fma(s14_2, bq2_1, acc14_1); acc14_1 = fma(s14_3, bq3_1, acc14_1);
      acc14_2 = fma(s14_0, bq0_2, acc14_2); acc14_2 = fma(s14_1, bq1_2, acc14_2); acc14_2 = fma(s14_2, bq2_2, acc14_2); acc14_2 = fma(s14_3, bq3_2, acc14_2);
      acc14_3 = fma(s14_0, bq0_3, acc14_3); acc14_3 = fma(s14_1, bq1_3, acc14_3); acc14_3 = fma(s14_2, bq2_3, acc14_3); acc14_3 = fma(s14_3, bq3_3, acc14_3);
      let s15_0 = vec4<f32>(ag3_0[3]);
      let s15_1 = vec4<f32>(ag3_1[3]);
      let s15_2 = vec4<f32>(ag3_2[3]);
      let s15_3 = vec4<f32>(ag3_3[3]);
      acc15_0 = fma(s15_0, bq0_0, acc15_0); acc15_0 = fma(s15_1, bq1_0, acc15_0); acc15_0 = fma(s15_2, bq2_0, acc15_0); acc15_0 = fma(s15_3, bq3_0, acc15_0);
      acc15_1 = fma(s15_0, bq0_1, acc15_1); acc15_1 = fma(s15_1, bq1_1, acc15_1); acc15_1 = fma(s15_2, bq2_1, acc15_1); acc15_1 = fma(s15_3, bq3_1, acc15_1);
      acc15_2 = fma(s15_0, bq0_2, acc15_2); acc15_2 = fma(s15_1, bq1_2, acc15_2); acc15_2 = fma(s15_2, bq2_2, acc15_2); acc15_2 = fma(s15_3, bq3_2, acc15_2);
      acc15_3 = fma(s15_0, bq0_3, acc15_3); acc15_3 = fma(s15_1, bq1_3, acc15_3); acc15_3 = fma(s15_2, bq2_3, acc15_3); acc15_3 = fma(s15_3, bq3_3, acc15_3);
    } else {
      let av0 = vec4<f32>(a4[ra0 + kq]);
      let av1 = vec4<f32>(a4[ra1 + kq]);
      let av2 = vec4<f32>(a4[ra2 + kq]);
      let av3 = vec4<f32>(a4[ra3 + kq]);
      let av4 = vec4<f32>(a4[ra4 + kq]);
      let av5 = vec4<f32>(a4[ra5 + kq]);
      let av6 = vec4<f32>(a4[ra6 + kq]);
      let av7 = vec4<f32>(a4[ra7 + kq]);
      let av8 = vec4<f32>(a4[ra8 + kq]);
      let av9 = vec4<f32>(a4[ra9 + kq]);
      let av10 = vec4<f32>(a4[ra10 + kq]);
      let av11 = vec4<f32>(a4[ra11 + kq]);
      let av12 = vec4<f32>(a4[ra12 + kq]);
      let av13 = vec4<f32>(a4[ra13 + kq]);
      let av14 = vec4<f32>(a4[ra14 + kq]);
      let av15 = vec4<f32>(a4[ra15 + kq]);
      let s0_0 = vec4<f32>(av0[0]);
      let s0_1 = vec4<f32>(av0[1]);
      let s0_2 = vec4<f32>(av0[2]);
      let s0_3 = vec4<f32>(av0[3]);
      acc0_0 = fma(s0_0, bq0_0, acc0_0); acc0_0 = fma(s0_1, bq1_0, acc0_0); acc0_0 = fma(s0_2, bq2_0, acc0_0); acc0_0 = fma(s0_3, bq3_0, acc0_0);
      acc0_1 = fma(s0_0, bq0_1, acc0_1); acc0_1 = fma(s0_1, bq1_1, acc0_1); acc0_1 = fma(s0_2, bq2_1, acc0_1); acc0_1 = fma(s0_3, bq3_1, acc0_1);
      acc0_2 = fma(s0_0, bq0_2, acc0_2); acc0_2 = fma(s0_1, bq1_2, acc0_2); acc0_2 = fma(s0_2, bq2_2, acc0_2); acc0_2 = fma(s0_3, bq3_2, acc0_2);
      acc0_3 = fma(s0_0, bq0_3, acc0_3); acc0_3 = fma(s0_1, bq1_3, acc0_3); acc0_3 = fma(s0_2, bq2_3, acc0_3); acc0_3 = fma(s0_3, bq3_3, acc0_3);
      let s1_0 = vec4<f32>(av1[0]);
      let s1_1 = vec4<f32>(av1[1]);
      let s1_2 = vec4<f32>(av1[2]);
      let s1_3 = vec4<f32>(av1[3]);
      acc1_0 = fma(s1_0, bq0_0, acc1_0); acc1_0 = fma(s1_1, bq1_0, acc1_0); acc1_0 = fma(s1_2, bq2_0, acc1_0); acc1_0 = fma(s1_3, bq3_0, acc1_0);
      acc1_1 = fma(s1_0, bq0_1, acc1_1); acc1_1 = fma(s1_1, bq1_1, acc1_1); acc1_1 = fma(s1_2, bq2_1, acc1_1); acc1_1 = fma(s1_3, bq3_1, acc1_1);
      acc1_2 = fma(s1_0, bq0_2, acc1_2); acc1_2 = fma(s1_1, bq1_2, acc1_2); acc1_2 = fma(s1_2, bq2_2, acc1_2); acc1_2 = fma(s1_3, bq3_2, acc1_2);
      acc1_3 = fma(s1_0, bq0_3, acc1_3); acc1_3 = fma(s1_1, bq1_3, acc1_3); acc1_3 = fma(s1_2, bq2_3, acc1_3); acc1_3 = fma(s1_3, bq3_3, acc1_3);
      let s2_0 = vec4<f32>(av2[0]);
      let s2_1 = vec4<f32>(av2[1]);
      let s2_2 = vec4<f32>(av2[2]);
      let s2_3 = vec4<f32>(av2[3]);
      acc2_0 = fma(s2_0, bq0_0, acc2_0); acc2_0 = fma(s2_1, bq1_0, acc2_0); acc2_0 = fma(s2_2, bq2_0, acc2_0); acc2_0 = fma(s2_3, bq3_0, acc2_0);
      acc2_1 = fma(s2_0, bq0_1, acc2_1); acc2_1 = fma(s2_1, bq1_1, acc2_1); acc2_1 = fma(s2_2, bq2_1, acc2_1); acc2_1 = fma(s2_3, bq3_1, acc2_1);
      acc2_2 = fma(s2_0, bq0_2, acc2_2); acc2_2 = fma(s2_1, bq1_2, acc2_2); acc2_2 = fma(s2_2, bq2_2, acc2_2); acc2_2 = fma(s2_3, bq3_2, acc2_2);
      acc2_3 = fma(s2_0, bq0_3, acc2_3); acc2_3 = fma(s2_1, bq1_3, acc2_3); acc2_3 = fma(s2_2, bq2_3, acc2_3); acc2_3 = fma(s2_3, bq3_3, acc2_3);
      let s3_0 = vec4<f32>(av3[0]);
      let s3_1 = vec4<f32>(av3[1]);
      let s3_2 = vec4<f32>(av3[2]);
      let s3_3 = vec4<f32>(av3[3]);
      acc3_0 = fma(s3_0, bq0_0, acc3_0); acc3_0 = fma(s3_1, bq1_0, acc3_0); acc3_0 = fma(s3_2, bq2_0, acc3_0); acc3_0 = fma(s3_3, bq3_0, acc3_0);
      acc3_1 = fma(s3_0, bq0_1, acc3_1); acc3_1 = fma(s3_1, bq1_1, acc3_1); acc3_1 = fma(s3_2, bq2_1, acc3_1); acc3_1 = fma(s3_3, bq3_1, acc3_1);
      acc3_2 = fma(s3_0, bq0_2, acc3_2); acc3_2 = fma(s3_1, bq1_2, acc3_2); acc3_2 = fma(s3_2, bq2_2, acc3_2); acc3_2 = fma(s3_3, bq3_2, acc3_2);
      acc3_3 = fma(s3_0, bq0_3, acc3_3); acc3_3 = fma(s3_1, bq1_3, acc3_3); acc3_3 = fma(s3_2, bq2_3, acc3_3); acc3_3 = fma(s3_3, bq3_3, acc3_3);
      let s4_0 = vec4<f32>(av4[0]);
      let s4_1 = vec4<f32>(av4[1]);
      let s4_2 = vec4<f32>(av4[2]);
      let s4_3 = vec4<f32>(av4[3]);
      acc4_0 = fma(s4_0, bq0_0, acc4_0); acc4_0 = fma(s4_1, bq1_0, acc4_0); acc4_0 = fma(s4_2, bq2_0, acc4_0); acc4_0 = fma(s4_3, bq3_0, acc4_0);
      acc4_1 = fma(s4_0, bq0_1, acc4_1); acc4_1 = fma(s4_1, bq1_1, acc4_1); acc4_1 = fma(s4_2, bq2_1, acc4_1); acc4_1 = fma(s4_3, bq3_1, acc4_1);
      acc4_2 = fma(s4_0, bq0_2, acc4_2); acc4_2 = fma(s4_1, bq1_2, acc4_2); acc4_2 = fma(s4_2, bq2_2, acc4_2); acc4_2 = fma(s4_3, bq3_2, acc4_2);
      acc4_3 = fma(s4_0, bq0_3, acc4_3); acc4_3 = fma(s4_1, bq1_3, acc4_3); acc4_3 = fma(s4_2, bq2_3, acc4_3); acc4_3 = fma(s4_3, bq3_3, acc4_3);
      let s5_0 = vec4<f32>(av5[0]);
      let s5_1 = vec4<f32>(av5[1]);
      let s5_2 = vec4<f32>(av5[2]);
      let s5_3 = vec4<f32>(av5[3]);
      acc5_0 = fma(s5_0, bq0_0, acc5_0); acc5_0 = fma(s5_1, bq1_0, acc5_0); acc5_0 = fma(s5_2, bq2_0, acc5_0); acc5_0 = fma(s5_3, bq3_0, acc5_0);
      acc5_1 = fma(s5_0, bq0_1, acc5_1); acc5_1 = fma(s5_1, bq1_1, acc5_1); acc5_1 = fma(s5_2, bq2_1, acc5_1); acc5_1 = fma(s5_3, bq3_1, acc5_1);
      acc5_2 = fma(s5_0, bq0_2, acc5_2); acc5_2 = fma(s5_1, bq1_2, acc5_2); acc5_2 = fma(s5_2, bq2_2, acc5_2); acc5_2 = fma(s5_3, bq3_2, acc5_2);
      acc5_3 = fma(s5_0, bq0_3, acc5_3); acc5_3 = fma(s5_1, bq1_3, acc5_3); acc5_3 = fma(s5_2, bq2_3, acc5_3); acc5_3 = fma(s5_3, bq3_3, acc5_3);
      let s6_0 = vec4<f32>(av6[0]);
      let s6_1 = vec4<f32>(av6[1]);
      let s6_2 = vec4<f32>(av6[2]);
      let s6_3 = vec4<f32>(av6[3]);
      acc6_0 = fma(s6_0, bq0_0, acc6_0); acc6_0 = fma(s6_1, bq1_0, acc6_0); acc6_0 = fma(s6_2, bq2_0, acc6_0); acc6_0 = fma(s6_3, bq3_0, acc6_0);
      acc6_1 = fma(s6_0, bq0_1, acc6_1); acc6_1 = fma(s6_1, bq1_1, acc6_1); acc6_1 = fma(s6_2, bq2_1, acc6_1); acc6_1 = fma(s6_3, bq3_1, acc6_1);
      acc6_2 = fma(s6_0, bq0_2, acc6_2); acc6_2 = fma(s6_1, bq1_2, acc6_2); acc6_2 = fma(s6_2, bq2_2, acc6_2); acc6_2 = fma(s6_3, bq3_2, acc6_2);
      acc6_3 = fma(s6_0, bq0_3, acc6_3); acc6_3 = fma(s6_1, bq1_3, acc6_3); acc6_3 = fma(s6_2, bq2_3, acc6_3); acc6_3 = fma(s6_3, bq3_3, acc6_3);
      let s7_0 = vec4<f32>(av7[0]);
      let s7_1 = vec4<f32>(av7[1]);
      let s7_2 = vec4<f32>(av7[2]);
      let s7_3 = vec4<f32>(av7[3]);
      acc7_0 = fma(s7_0, bq0_0, acc7_0); acc7_0 = fma(s7_1, bq1_0, acc7_0); acc7_0 = fma(s7_2, bq2_0, acc7_0); acc7_0 = fma(s7_3, bq3_0, acc7_0);
      acc7_1 = fma(s7_0, bq0_1, acc7_1); acc7_1 = fma(s7_1, bq1_1, acc7_1); acc7_1 = fma(s7_2, bq2_1, acc7_1); acc7_1 = fma(s7_3, bq3_1, acc7_1);
      acc7_2 = fma(s7_0, bq0_2, acc7_2); acc7_2 = fma(s7_1, bq1_2, acc7_2); acc7_2 = fma(s7_2, bq2_2, acc7_2); acc7_2 = fma(s7_3, bq3_2, acc7_2);
      acc7_3 = fma(s7_0, bq0_3, acc7_3); acc7_3 = fma(s7_1, bq1_3, acc7_3); acc7_3 = fma(s7_2, bq2_3, acc7_3); acc7_3 = fma(s7_3, bq3_3, acc7_3);
      let s8_0 = vec4<f32>(av8[0]);
      let s8_1 = vec4<f32>(av8[1]);
      let s8_2 = vec4<f32>(av8[2]);
      let s8_3 = vec4<f32>(av8[3]);
      acc8_0 = fma(s8_0, bq0_0, acc8_0); acc8_0 = fma(s8_1, bq1_0, acc8_0); acc8_0 = fma(s8_2, bq2_0, acc8_0); acc8_0 = fma(s8_3, bq3_0, acc8_0);
      acc8_1 = fma(s8_0, bq0_1, acc8_1); acc8_1 = fma(s8_1, bq1_1, acc8_1); acc8_1 = fma(s8_2, bq2_1, acc8_1); acc8_1 = fma(s8_3, bq3_1, acc8_1);
      acc8_2 = fma(s8_0, bq0_2, acc8_2); acc8_2 = fma(s8_1, bq1_2, acc8_2); acc8_2 = fma(s8_2, bq2_2, acc8_2); acc8_2 = fma(s8_3, bq3_2, acc8_2);
      acc8_3 = fma(s8_0, bq0_3, acc8_3); acc8_3 = fma(s8_1, bq1_3, acc8_3); acc8_3 = fma(s8_2, bq2_3, acc8_3); acc8_3 = fma(s8_3, bq3_3, acc8_3);
      let s9_0 = vec4<f32>(av9[0]);
      let s9_1 = vec4<f32>(av9[1]);
      let s9_2 = vec4<f32>(av9[2]);
      let s9_3 = vec4<f32>(av9[3]);
      acc9_0 = fma(s9_0, bq0_0, acc9_0); acc9_0 = fma(s9_1, bq1_0, acc9_0); acc9_0 = fma(s9_2, bq2_0, acc9_0); acc9_0 = fma(s9_3, bq3_0, acc9_0);
      acc9_1 = fma(s9_0, bq0_1, acc9_1); acc9_1 = fma(s9_1, bq1_1, acc9_1); acc9_1 = fma(s9_2, bq2_1, acc9_1); acc9_1 = fma(s9_3, bq3_1, acc9_1);
      acc9_2 = fma(s9_0, bq0_2, acc9_2); acc9_2 = fma(s9_1, bq1_2, acc9_2); acc9_2 = fma(s9_2, bq2_2, acc9_2); acc9_2 = fma(s9_3, bq3_2, acc9_2);
      acc9_3 = fma(s9_0, bq0_3, acc9_3); acc9_3 = fma(s9_1, bq1_3, acc9_3); acc9_3 = fma(s9_2, bq2_3, acc9_3); acc9_3 = fma(s9_3, bq3_3, acc9_3);
      let s10_0 = vec4<f32>(av10[0]);
      let s10_1 = vec4<f32>(av10[1]);
      let s10_2 = vec4<f32>(av10[2]);
      let s10_3 = vec4<f32>(av10[3]);
      acc10_0 = fma(s10_0, bq0_0, acc10_0); acc10_0 = fma(s10_1, bq1_0, acc10_0); acc10_0 = fma(s10_2, bq2_0, acc10_0); acc10_0 = fma(s10_3, bq3_0, acc10_0);
      acc10_1 = fma(s10_0, bq0_1, acc10_1); acc10_1 = fma(s10_1, bq1_1, acc10_1); acc10_1 = fma(s10_2, bq2_1, acc10_1); acc10_1 = fma(s10_3, bq3_1, acc10_1);
      acc10_2 = fma(s10_0, bq0_2, acc10_2); acc10_2 = fma(s10_1, bq1_2, acc10_2); acc10_2 = fma(s10_2, bq2_2, acc10_2); acc10_2 = fma(s10_3, bq3_2, acc10_2);
      acc10_3 = fma(s10_0, bq0_3, acc10_3); acc10_3 = fma(s10_1, bq1_3, acc10_3); acc10_3 = fma(s10_2, bq2_3, acc10_3); acc10_3 = fma(s10_3, bq3_3, acc10_3);
      let s11_0 = vec4<f32>(av11[0]);
      let s11_1 = vec4<f32>(av11[1]);
      let s11_2 = vec4<f32>(av11[2]);
      let s11_3 = vec4<f32>(av11[3]);
      acc11_0 = fma(s11_0, bq0_0, acc11_0); acc11_0 = fma(s11_1, bq1_0, acc11_0); acc11_0 = fma(s11_2, bq2_0, acc11_0); acc11_0 = fma(s11_3, bq3_0, acc11_0);
      acc11_1 = fma(s11_0, bq0_1, acc11_1); acc11_1 = fma(s11_1, bq1_1, acc11_1); acc11_1 = fma(s11_2, bq2_1, acc11_1); acc11_1 = fma(s11_3, bq3_1, acc11_1);
      acc11_2 = fma(s11_0, bq0_2, acc11_2); acc11_2 = fma(s11_1, bq1_2, acc11_2); acc11_2 = fma(s11_2, bq2_2, acc11_2); acc11_2 = fma(s11_3, bq3_2, acc11_2);
      acc11_3 = fma(s11_0, bq0_3, acc11_3); acc11_3 = fma(s11_1, bq1_3, acc11_3); acc11_3 = fma(s11_2, bq2_3, acc11_3); acc11_3 = fma(s11_3, bq3_3, acc11_3);
      let s12_0 = vec4<f32>(av12[0]);
      let s12_1 = vec4<f32>(av12[1]);
      let s12_2 = vec4<f32>(av12[2]);
      let s12_3 = vec4<f32>(av12[3]);
      acc12_0 = fma(s12_0, bq0_0, acc12_0); acc12_0 = fma(s12_1, bq1_0, acc12_0); acc12_0 = fma(s12_2, bq2_0, acc12_0); acc12_0 = fma(s12_3, bq3_0, acc12_0);
      acc12_1 = fma(s12_0, bq0_1, acc12_1); acc12_1 = fma(s12_1, bq1_1, acc12_1); acc12_1 = fma(s12_2, bq2_1, acc12_1); acc12_1 = fma(s12_3, bq3_1, acc12_1);
      acc12_2 = fma(s12_0, bq0_2, acc12_2); acc12_2 = fma(s12_1, bq1_2, acc12_2); acc12_2 = fma(s12_2, bq2_2, acc12_2); acc12_2 = fma(s12_3, bq3_2, acc12_2);
      acc12_3 = fma(s12_0, bq0_3, acc12_3); acc12_3 = fma(s12_1, bq1_3, acc12_3); acc12_3 = fma(s12_2, bq2_3, acc12_3); acc12_3 = fma(s12_3, bq3_3, acc12_3);
      let s13_0 = vec4<f32>(av13[0]);
      let s13_1 = vec4<f32>(av13[1]);
      let s13_2 = vec4<f32>(av13[2]);
      let s13_3 = vec4<f32>(av13[3]);
      acc13_0 = fma(s13_0, bq0_0, acc13_0); acc13_0 = fma(s13_1, bq1_0, acc13_0); acc13_0 = fma(s13_2, bq2_0, acc13_0); acc13_0 = fma(s13_3, bq3_0, acc13_0);
      acc13_1 = fma(s13_0, bq0_1, acc13_1); acc13_1 = fma(s13_1, bq1_1, acc13_1); acc13_1 = fma(s13_2, bq2_1, acc13_1); acc13_1 = fma(s13_3, bq3_1, acc13_1);
      acc13_2 = fma(s13_0, bq0_2, acc13_2); acc13_2 = fma(s13_1, bq1_2, acc13_2); acc13_2 = fma(s13_2, bq2_2, acc13_2); acc13_2 = fma(s13_3, bq3_2, acc13_2);
      acc13_3 = fma(s13_0, bq0_3, acc13_3); acc13_3 = fma(s13_1, bq1_3, acc13_3); acc13_3 = fma(s13_2, bq2_3, acc13_3); acc13_3 = fma(s13_3, bq3_3, acc13_3);
      let s14_0 = vec4<f32>(av14[0]);
      let s14_1 = vec4<f32>(av14[1]);
      let s14_2 = vec4<f32>(av14[2]);
      let s14_3 = vec4<f32>(av14[3]);
      acc14_0 = fma(s14_0, bq0_0, acc14_0); acc14_0 = fma(s14_1, bq1_0, acc14_0); acc14_0 = fma(s14_2, bq2_0, acc14_0); acc14_0 = fma(s14_3, bq3_0, acc14_0);
      acc14_1 = fma(s14_0, bq0_1, acc14_1); acc14_1 = fma(s14_1, bq1_1, acc14_1); acc14_1 = fma(s14_2, bq2_1, acc14_1); acc14_1 = fma(s14_3, bq3_1, acc14_1);
      acc14_2 = fma(s14_0, bq0_2, acc14_2); acc14_2 = fma(s14_1, bq1_2, acc14_2); acc14_2 = fma(s14_2, bq2_2, acc14_2); acc14_2 = fma(s14_3, bq3_2, acc14_2);
      acc14_3 = fma(s14_0, bq0_3, acc14_3); acc14_3 = fma(s14_1, bq1_3, acc14_3); acc14_3 = fma(s14_2, bq2_3, acc14_3); acc14_3 = fma(s14_3, bq3_3, acc14_3);
      let s15_0 = vec4<f32>(av15[0]);
      let s15_1 = vec4<f32>(av15[1]);
      let s15_2 = vec4<f32>(av15[2]);
      let s15_3 = vec4<f32>(av15[3]);
      acc15_0 = fma(s15_0, bq0_0, acc15_0); acc15_0 = fma(s15_1, bq1_0, acc15_0); acc15_0 = fma(s15_2, bq2_0, acc15_0); acc15_0 = fma(s15_3, bq3_0, acc15_0);
      acc15_1 = fma(s15_0, bq0_1, acc15_1); acc15_1 = fma(s15_1, bq1_1, acc15_1); acc15_1 = fma(s15_2, bq2_1, acc15_1); acc15_1 = fma(s15_3, bq3_1, acc15_1);
      acc15_2 = fma(s15_0, bq0_2, acc15_2); acc15_2 = fma(s15_1, bq1_2, acc15_2); acc15_2 = fma(s15_2, bq2_2, acc15_2); acc15_2 = fma(s15_3, bq3_2, acc15_2);
      acc15_3 = fma(s15_0, bq0_3, acc15_3); acc15_3 = fma(s15_1, bq1_3, acc15_3); acc15_3 = fma(s15_2, bq2_3, acc15_3); acc15_3 = fma(s15_3, bq3_3, acc15_3);
    }
    a_k += 4u * m4;
    b_k += 4u * n4;
  }
  let coff = wg.z * p.stride_c;
  let oc0 = col0 + 0u;
  let oc1 = col0 + 1u;
  let oc2 = col0 + 2u;
  let oc3 = col0 + 3u;
  let oc4 = col0 + 4u;
  let oc5 = col0 + 5u;
  let oc6 = col0 + 6u;
  let oc7 = col0 + 7u;
  let oc8 = col0 + 8u;
  let oc9 = col0 + 9u;
  let oc10 = col0 + 10u;
  let oc11 = col0 + 11u;
  let oc12 = col0 + 12u;
  let oc13 = col0 + 13u;
  let oc14 = col0 + 14u;
  let oc15 = col0 + 15u;
  let or0 = row0 + 0u;
  if (or0 < p.m) {
    let cr = coff + or0 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc0_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc0_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc0_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc0_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc0_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc0_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc0_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc0_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc0_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc0_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc0_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc0_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc0_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc0_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc0_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc0_3[3]; }
  }
  let or1 = row0 + 1u;
  if (or1 < p.m) {
    let cr = coff + or1 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc1_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc1_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc1_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc1_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc1_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc1_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc1_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc1_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc1_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc1_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc1_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc1_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc1_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc1_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc1_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc1_3[3]; }
  }
  let or2 = row0 + 2u;
  if (or2 < p.m) {
    let cr = coff + or2 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc2_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc2_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc2_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc2_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc2_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc2_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc2_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc2_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc2_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc2_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc2_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc2_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc2_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc2_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc2_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc2_3[3]; }
  }
  let or3 = row0 + 3u;
  if (or3 < p.m) {
    let cr = coff + or3 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc3_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc3_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc3_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc3_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc3_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc3_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc3_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc3_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc3_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc3_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc3_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc3_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc3_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc3_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc3_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc3_3[3]; }
  }
  let or4 = row0 + 4u;
  if (or4 < p.m) {
    let cr = coff + or4 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc4_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc4_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc4_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc4_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc4_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc4_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc4_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc4_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc4_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc4_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc4_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc4_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc4_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc4_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc4_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc4_3[3]; }
  }
  let or5 = row0 + 5u;
  if (or5 < p.m) {
    let cr = coff + or5 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc5_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc5_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc5_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc5_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc5_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc5_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc5_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc5_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc5_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc5_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc5_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc5_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc5_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc5_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc5_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc5_3[3]; }
  }
  let or6 = row0 + 6u;
  if (or6 < p.m) {
    let cr = coff + or6 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc6_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc6_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc6_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc6_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc6_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc6_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc6_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc6_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc6_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc6_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc6_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc6_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc6_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc6_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc6_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc6_3[3]; }
  }
  let or7 = row0 + 7u;
  if (or7 < p.m) {
    let cr = coff + or7 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc7_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc7_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc7_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc7_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc7_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc7_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc7_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc7_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc7_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc7_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc7_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc7_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc7_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc7_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc7_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc7_3[3]; }
  }
  let or8 = row0 + 8u;
  if (or8 < p.m) {
    let cr = coff + or8 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc8_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc8_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc8_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc8_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc8_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc8_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc8_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc8_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc8_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc8_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc8_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc8_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc8_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc8_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc8_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc8_3[3]; }
  }
  let or9 = row0 + 9u;
  if (or9 < p.m) {
    let cr = coff + or9 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc9_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc9_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc9_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc9_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc9_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc9_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc9_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc9_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc9_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc9_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc9_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc9_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc9_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc9_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc9_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc9_3[3]; }
  }
  let or10 = row0 + 10u;
  if (or10 < p.m) {
    let cr = coff + or10 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc10_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc10_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc10_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc10_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc10_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc10_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc10_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc10_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc10_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc10_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc10_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc10_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc10_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc10_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc10_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc10_3[3]; }
  }
  let or11 = row0 + 11u;
  if (or11 < p.m) {
    let cr = coff + or11 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc11_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc11_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc11_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc11_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc11_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc11_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc11_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc11_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc11_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc11_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc11_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc11_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc11_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc11_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc11_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc11_3[3]; }
  }
  let or12 = row0 + 12u;
  if (or12 < p.m) {
    let cr = coff + or12 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc12_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc12_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc12_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc12_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc12_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc12_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc12_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc12_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc12_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc12_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc12_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc12_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc12_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc12_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc12_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc12_3[3]; }
  }
  let or13 = row0 + 13u;
  if (or13 < p.m) {
    let cr = coff + or13 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc13_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc13_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc13_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc13_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc13_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc13_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc13_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc13_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc13_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc13_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc13_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc13_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc13_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc13_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc13_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc13_3[3]; }
  }
  let or14 = row0 + 14u;
  if (or14 < p.m) {
    let cr = coff + or14 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc14_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc14_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc14_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc14_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc14_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc14_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc14_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc14_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc14_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc14_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc14_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc14_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc14_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc14_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc14_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc14_3[3]; }
  }
  let or15 = row0 + 15u;
  if (or15 < p.m) {
    let cr = coff + or15 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc15_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc15_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc15_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc15_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc15_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc15_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc15_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc15_1[3]; }
    if (oc8 < p.n) { c[cr + oc8] = acc15_2[0]; }
    if (oc9 < p.n) { c[cr + oc9] = acc15_2[1]; }
    if (oc10 < p.n) { c[cr + oc10] = acc15_2[2]; }
    if (oc11 < p.n) { c[cr + oc11] = acc15_2[3]; }
    if (oc12 < p.n) { c[cr + oc12] = acc15_3[0]; }
    if (oc13 < p.n) { c[cr + oc13] = acc15_3[1]; }
    if (oc14 < p.n) { c[cr + oc14] = acc15_3[2]; }
    if (oc15 < p.n) { c[cr + oc15] = acc15_3[3]; }
  }
}
