enable f16;
// f16 operands (mixed precision), each widened to f32 as it is loaded: f32 products, sums and C.
// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// Batched f32 matmul: C[b] = op(A[b]) . op(B[b]), op = identity or transpose (TRANS_A, TRANS_B).
// Needs wgpu::Features::SUBGROUP (no `enable` directive: naga 30 does not accept one).
struct MatmulParams {
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // the tiled kernels' epilogue: bias mode (epi & 3), leaky slope
  _p0: u32, _p1: u32, _p2: u32,
}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> a4: array<vec4<f16>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f16>>;
@group(0) @binding(3) var<storage, read_write> c: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;

// matmul_subgroup: same result as `matmul`, for aligned shapes only (the `matmul_vec4` rule):
//   K % 4 == 0, and M % 4 == 0 when TRANS_A, and N % 4 == 0 when !TRANS_B,
//   and stride_a % 4 == 0, stride_b % 4 == 0.
// Requires subgroups of exactly 8 invocations (subgroup_min_size == subgroup_max_size == 8).
//   workgroup_size(16, 1, 1) = 2 subgroups (naga only allows the subgroup builtins in
//   one-dimensional workgroups; lanes and subgroups come from those builtins, so the kernel
//   does not depend on how invocations are packed into subgroups); each subgroup computes 32 rows x 64 cols,
//   each invocation 32 rows x 8 cols;
//   output tile per workgroup = 64 rows x 64 cols;
//   grid = (ceil(N / 64), ceil(M / 64), batch).
// Per 4 values of k an invocation issues 4 vec4 loads of A and 8 of B;
// A values are shared within the subgroup with subgroupBroadcast.
@compute @workgroup_size(16, 1, 1)
fn matmul_subgroup(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 2u + sg) * 32u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let k4 = p.k / 4u;
  let m4 = p.m / 4u;
  let n4 = p.n / 4u;
  let aoff = wg.z * (p.stride_a / 4u);
  let boff = wg.z * (p.stride_b / 4u);
  // !TRANS_A: this lane loads rows row0 + 8s + lane (vec4 along k).
  let ra0 = aoff + min(row0 + 0u + lane, p.m - 1u) * k4;
  let ra1 = aoff + min(row0 + 8u + lane, p.m - 1u) * k4;
  let ra2 = aoff + min(row0 + 16u + lane, p.m - 1u) * k4;
  let ra3 = aoff + min(row0 + 24u + lane, p.m - 1u) * k4;
  // TRANS_A: this lane loads row groups (4 rows, vec4 along m).
  let ga0 = aoff + min(row0 / 4u + 0u + lane, m4 - 1u);
  let gb0 = boff + min(col0 / 4u + 0u, n4 - 1u);
  let gb1 = boff + min(col0 / 4u + 1u, n4 - 1u);
  let cb0 = boff + min(col0 + 0u, p.n - 1u) * k4;
  let cb1 = boff + min(col0 + 1u, p.n - 1u) * k4;
  let cb2 = boff + min(col0 + 2u, p.n - 1u) * k4;
  let cb3 = boff + min(col0 + 3u, p.n - 1u) * k4;
  let cb4 = boff + min(col0 + 4u, p.n - 1u) * k4;
  let cb5 = boff + min(col0 + 5u, p.n - 1u) * k4;
  let cb6 = boff + min(col0 + 6u, p.n - 1u) * k4;
  let cb7 = boff + min(col0 + 7u, p.n - 1u) * k4;
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
  if (TRANS_A) {
    var a_k = 0u;  // vec4 offset of row 4kq of A (TRANS_A) and B (!TRANS_B)
    var b_k = 0u;
    for (var kq = 0u; kq < k4; kq++) {
      let ka0 = a_k + 0u * m4;
      let ag0_0 = vec4<f32>(a4[ga0 + ka0]);
      let ka1 = a_k + 1u * m4;
      let ag0_1 = vec4<f32>(a4[ga0 + ka1]);
      let ka2 = a_k + 2u * m4;
      let ag0_2 = vec4<f32>(a4[ga0 + ka2]);
      let ka3 = a_k + 3u * m4;
      let ag0_3 = vec4<f32>(a4[ga0 + ka3]);
      var bq0_0: vec4<f32>;
      var bq0_1: vec4<f32>;
      var bq1_0: vec4<f32>;
      var bq1_1: vec4<f32>;
      var bq2_0: vec4<f32>;
      var bq2_1: vec4<f32>;
      var bq3_0: vec4<f32>;
      var bq3_1: vec4<f32>;
      if (TRANS_B) {
        let bc0 = vec4<f32>(b4[cb0 + kq]);
        let bc1 = vec4<f32>(b4[cb1 + kq]);
        let bc2 = vec4<f32>(b4[cb2 + kq]);
        let bc3 = vec4<f32>(b4[cb3 + kq]);
        let bc4 = vec4<f32>(b4[cb4 + kq]);
        let bc5 = vec4<f32>(b4[cb5 + kq]);
        let bc6 = vec4<f32>(b4[cb6 + kq]);
        let bc7 = vec4<f32>(b4[cb7 + kq]);
        bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
        bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
        bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
        bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
        bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
        bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
        bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
        bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
      } else {
        let kb0 = b_k + 0u * n4;
        bq0_0 = vec4<f32>(b4[gb0 + kb0]);
        bq0_1 = vec4<f32>(b4[gb1 + kb0]);
        let kb1 = b_k + 1u * n4;
        bq1_0 = vec4<f32>(b4[gb0 + kb1]);
        bq1_1 = vec4<f32>(b4[gb1 + kb1]);
        let kb2 = b_k + 2u * n4;
        bq2_0 = vec4<f32>(b4[gb0 + kb2]);
        bq2_1 = vec4<f32>(b4[gb1 + kb2]);
        let kb3 = b_k + 3u * n4;
        bq3_0 = vec4<f32>(b4[gb0 + kb3]);
        bq3_1 = vec4<f32>(b4[gb1 + kb3]);
      }
      let x0_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 0u));
      let x0_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 0u));
      let x0_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 0u));
      let x0_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 0u));
      acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
      acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
      let x1_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 0u));
      let x1_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 0u));
      let x1_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 0u));
      let x1_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 0u));
      acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
      acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
      let x2_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 0u));
      let x2_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 0u));
      let x2_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 0u));
      let x2_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 0u));
      acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
      acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
      let x3_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 0u));
      let x3_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 0u));
      let x3_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 0u));
      let x3_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 0u));
      acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
      acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
      let x4_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 1u));
      let x4_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 1u));
      let x4_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 1u));
      let x4_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 1u));
      acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
      acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
      let x5_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 1u));
      let x5_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 1u));
      let x5_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 1u));
      let x5_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 1u));
      acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
      acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
      let x6_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 1u));
      let x6_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 1u));
      let x6_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 1u));
      let x6_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 1u));
      acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
      acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
      let x7_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 1u));
      let x7_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 1u));
      let x7_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 1u));
      let x7_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 1u));
      acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
      acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
      let x8_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 2u));
      let x8_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 2u));
      let x8_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 2u));
      let x8_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 2u));
      acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
      acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
      let x9_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 2u));
      let x9_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 2u));
      let x9_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 2u));
      let x9_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 2u));
      acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
      acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
      let x10_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 2u));
      let x10_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 2u));
      let x10_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 2u));
      let x10_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 2u));
      acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
      acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
      let x11_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 2u));
      let x11_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 2u));
      let x11_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 2u));
      let x11_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 2u));
      acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
      acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
      let x12_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 3u));
      let x12_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 3u));
      let x12_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 3u));
      let x12_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 3u));
      acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
      acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
      let x13_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 3u));
      let x13_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 3u));
      let x13_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 3u));
      let x13_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 3u));
      acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
      acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
      let x14_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 3u));
      let x14_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 3u));
      let x14_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 3u));
      let x14_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 3u));
      acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
      acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
      let x15_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 3u));
      let x15_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 3u));
      let x15_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 3u));
      let x15_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 3u));
      acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
      acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
      let x16_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 4u));
      let x16_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 4u));
      let x16_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 4u));
      let x16_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 4u));
      acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
      acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
      let x17_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 4u));
      let x17_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 4u));
      let x17_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 4u));
      let x17_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 4u));
      acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
      acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
      let x18_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 4u));
      let x18_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 4u));
      let x18_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 4u));
      let x18_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 4u));
      acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
      acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
      let x19_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 4u));
      let x19_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 4u));
      let x19_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 4u));
      let x19_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 4u));
      acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
      acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
      let x20_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 5u));
      let x20_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 5u));
      let x20_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 5u));
      let x20_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 5u));
      acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
      acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
      let x21_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 5u));
      let x21_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 5u));
      let x21_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 5u));
      let x21_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 5u));
      acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
      acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
      let x22_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 5u));
      let x22_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 5u));
      let x22_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 5u));
      let x22_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 5u));
      acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
      acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
      let x23_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 5u));
      let x23_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 5u));
      let x23_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 5u));
      let x23_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 5u));
      acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
      acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
      let x24_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 6u));
      let x24_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 6u));
      let x24_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 6u));
      let x24_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 6u));
      acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
      acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
      let x25_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 6u));
      let x25_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 6u));
      let x25_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 6u));
      let x25_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 6u));
      acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
      acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
      let x26_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 6u));
      let x26_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 6u));
      let x26_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 6u));
      let x26_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 6u));
      acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
      acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
      let x27_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 6u));
      let x27_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 6u));
      let x27_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 6u));
      let x27_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 6u));
      acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
      acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
      let x28_0 = vec4<f32>(subgroupBroadcast(ag0_0[0], 7u));
      let x28_1 = vec4<f32>(subgroupBroadcast(ag0_1[0], 7u));
      let x28_2 = vec4<f32>(subgroupBroadcast(ag0_2[0], 7u));
      let x28_3 = vec4<f32>(subgroupBroadcast(ag0_3[0], 7u));
      acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
      acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
      let x29_0 = vec4<f32>(subgroupBroadcast(ag0_0[1], 7u));
      let x29_1 = vec4<f32>(subgroupBroadcast(ag0_1[1], 7u));
      let x29_2 = vec4<f32>(subgroupBroadcast(ag0_2[1], 7u));
      let x29_3 = vec4<f32>(subgroupBroadcast(ag0_3[1], 7u));
      acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
      acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
      let x30_0 = vec4<f32>(subgroupBroadcast(ag0_0[2], 7u));
      let x30_1 = vec4<f32>(subgroupBroadcast(ag0_1[2], 7u));
      let x30_2 = vec4<f32>(subgroupBroadcast(ag0_2[2], 7u));
      let x30_3 = vec4<f32>(subgroupBroadcast(ag0_3[2], 7u));
      acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
      acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
      let x31_0 = vec4<f32>(subgroupBroadcast(ag0_0[3], 7u));
      let x31_1 = vec4<f32>(subgroupBroadcast(ag0_1[3], 7u));
      let x31_2 = vec4<f32>(subgroupBroadcast(ag0_2[3], 7u));
      let x31_3 = vec4<f32>(subgroupBroadcast(ag0_3[3], 7u));
      acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
      acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
      a_k += 4u * m4;
      b_k += 4u * n4;
    }
  } else {
    var a_k = 0u;  // vec4 offset of row 4kq of A (TRANS_A) and B (!TRANS_B)
    var b_k = 0u;
    for (var kq = 0u; kq < k4; kq++) {
      let as0 = vec4<f32>(a4[ra0 + kq]);
      let as1 = vec4<f32>(a4[ra1 + kq]);
      let as2 = vec4<f32>(a4[ra2 + kq]);
      let as3 = vec4<f32>(a4[ra3 + kq]);
      var bq0_0: vec4<f32>;
      var bq0_1: vec4<f32>;
      var bq1_0: vec4<f32>;
      var bq1_1: vec4<f32>;
      var bq2_0: vec4<f32>;
      var bq2_1: vec4<f32>;
      var bq3_0: vec4<f32>;
      var bq3_1: vec4<f32>;
      if (TRANS_B) {
        let bc0 = vec4<f32>(b4[cb0 + kq]);
        let bc1 = vec4<f32>(b4[cb1 + kq]);
        let bc2 = vec4<f32>(b4[cb2 + kq]);
        let bc3 = vec4<f32>(b4[cb3 + kq]);
        let bc4 = vec4<f32>(b4[cb4 + kq]);
        let bc5 = vec4<f32>(b4[cb5 + kq]);
        let bc6 = vec4<f32>(b4[cb6 + kq]);
        let bc7 = vec4<f32>(b4[cb7 + kq]);
        bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
        bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
        bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
        bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
        bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
        bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
        bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
        bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
      } else {
        let kb0 = b_k + 0u * n4;
        bq0_0 = vec4<f32>(b4[gb0 + kb0]);
        bq0_1 = vec4<f32>(b4[gb1 + kb0]);
        let kb1 = b_k + 1u * n4;
        bq1_0 = vec4<f32>(b4[gb0 + kb1]);
        bq1_1 = vec4<f32>(b4[gb1 + kb1]);
        let kb2 = b_k + 2u * n4;
        bq2_0 = vec4<f32>(b4[gb0 + kb2]);
        bq2_1 = vec4<f32>(b4[gb1 + kb2]);
        let kb3 = b_k + 3u * n4;
        bq3_0 = vec4<f32>(b4[gb0 + kb3]);
        bq3_1 = vec4<f32>(b4[gb1 + kb3]);
      }
      let x0_0 = vec4<f32>(subgroupBroadcast(as0[0], 0u));
      let x0_1 = vec4<f32>(subgroupBroadcast(as0[1], 0u));
      let x0_2 = vec4<f32>(subgroupBroadcast(as0[2], 0u));
      let x0_3 = vec4<f32>(subgroupBroadcast(as0[3], 0u));
      acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
      acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
      let x1_0 = vec4<f32>(subgroupBroadcast(as0[0], 1u));
      let x1_1 = vec4<f32>(subgroupBroadcast(as0[1], 1u));
      let x1_2 = vec4<f32>(subgroupBroadcast(as0[2], 1u));
      let x1_3 = vec4<f32>(subgroupBroadcast(as0[3], 1u));
      acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
      acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
      let x2_0 = vec4<f32>(subgroupBroadcast(as0[0], 2u));
      let x2_1 = vec4<f32>(subgroupBroadcast(as0[1], 2u));
      let x2_2 = vec4<f32>(subgroupBroadcast(as0[2], 2u));
      let x2_3 = vec4<f32>(subgroupBroadcast(as0[3], 2u));
      acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
      acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
      let x3_0 = vec4<f32>(subgroupBroadcast(as0[0], 3u));
      let x3_1 = vec4<f32>(subgroupBroadcast(as0[1], 3u));
      let x3_2 = vec4<f32>(subgroupBroadcast(as0[2], 3u));
      let x3_3 = vec4<f32>(subgroupBroadcast(as0[3], 3u));
      acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
      acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
      let x4_0 = vec4<f32>(subgroupBroadcast(as0[0], 4u));
      let x4_1 = vec4<f32>(subgroupBroadcast(as0[1], 4u));
      let x4_2 = vec4<f32>(subgroupBroadcast(as0[2], 4u));
      let x4_3 = vec4<f32>(subgroupBroadcast(as0[3], 4u));
      acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
      acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
      let x5_0 = vec4<f32>(subgroupBroadcast(as0[0], 5u));
      let x5_1 = vec4<f32>(subgroupBroadcast(as0[1], 5u));
      let x5_2 = vec4<f32>(subgroupBroadcast(as0[2], 5u));
      let x5_3 = vec4<f32>(subgroupBroadcast(as0[3], 5u));
      acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
      acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
      let x6_0 = vec4<f32>(subgroupBroadcast(as0[0], 6u));
      let x6_1 = vec4<f32>(subgroupBroadcast(as0[1], 6u));
      let x6_2 = vec4<f32>(subgroupBroadcast(as0[2], 6u));
      let x6_3 = vec4<f32>(subgroupBroadcast(as0[3], 6u));
      acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
      acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
      let x7_0 = vec4<f32>(subgroupBroadcast(as0[0], 7u));
      let x7_1 = vec4<f32>(subgroupBroadcast(as0[1], 7u));
      let x7_2 = vec4<f32>(subgroupBroadcast(as0[2], 7u));
      let x7_3 = vec4<f32>(subgroupBroadcast(as0[3], 7u));
      acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
      acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
      let x8_0 = vec4<f32>(subgroupBroadcast(as1[0], 0u));
      let x8_1 = vec4<f32>(subgroupBroadcast(as1[1], 0u));
      let x8_2 = vec4<f32>(subgroupBroadcast(as1[2], 0u));
      let x8_3 = vec4<f32>(subgroupBroadcast(as1[3], 0u));
      acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
      acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
      let x9_0 = vec4<f32>(subgroupBroadcast(as1[0], 1u));
      let x9_1 = vec4<f32>(subgroupBroadcast(as1[1], 1u));
      let x9_2 = vec4<f32>(subgroupBroadcast(as1[2], 1u));
      let x9_3 = vec4<f32>(subgroupBroadcast(as1[3], 1u));
      acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
      acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
      let x10_0 = vec4<f32>(subgroupBroadcast(as1[0], 2u));
      let x10_1 = vec4<f32>(subgroupBroadcast(as1[1], 2u));
      let x10_2 = vec4<f32>(subgroupBroadcast(as1[2], 2u));
      let x10_3 = vec4<f32>(subgroupBroadcast(as1[3], 2u));
      acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
      acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
      let x11_0 = vec4<f32>(subgroupBroadcast(as1[0], 3u));
      let x11_1 = vec4<f32>(subgroupBroadcast(as1[1], 3u));
      let x11_2 = vec4<f32>(subgroupBroadcast(as1[2], 3u));
      let x11_3 = vec4<f32>(subgroupBroadcast(as1[3], 3u));
      acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
      acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
      let x12_0 = vec4<f32>(subgroupBroadcast(as1[0], 4u));
      let x12_1 = vec4<f32>(subgroupBroadcast(as1[1], 4u));
      let x12_2 = vec4<f32>(subgroupBroadcast(as1[2], 4u));
      let x12_3 = vec4<f32>(subgroupBroadcast(as1[3], 4u));
      acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
      acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
      let x13_0 = vec4<f32>(subgroupBroadcast(as1[0], 5u));
      let x13_1 = vec4<f32>(subgroupBroadcast(as1[1], 5u));
      let x13_2 = vec4<f32>(subgroupBroadcast(as1[2], 5u));
      let x13_3 = vec4<f32>(subgroupBroadcast(as1[3], 5u));
      acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
      acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
      let x14_0 = vec4<f32>(subgroupBroadcast(as1[0], 6u));
      let x14_1 = vec4<f32>(subgroupBroadcast(as1[1], 6u));
      let x14_2 = vec4<f32>(subgroupBroadcast(as1[2], 6u));
      let x14_3 = vec4<f32>(subgroupBroadcast(as1[3], 6u));
      acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
      acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
      let x15_0 = vec4<f32>(subgroupBroadcast(as1[0], 7u));
      let x15_1 = vec4<f32>(subgroupBroadcast(as1[1], 7u));
      let x15_2 = vec4<f32>(subgroupBroadcast(as1[2], 7u));
      let x15_3 = vec4<f32>(subgroupBroadcast(as1[3], 7u));
      acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
      acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
      let x16_0 = vec4<f32>(subgroupBroadcast(as2[0], 0u));
      let x16_1 = vec4<f32>(subgroupBroadcast(as2[1], 0u));
      let x16_2 = vec4<f32>(subgroupBroadcast(as2[2], 0u));
      let x16_3 = vec4<f32>(subgroupBroadcast(as2[3], 0u));
      acc16_0 = fma(x16_0, bq0_0, acc16_0); acc16_0 = fma(x16_1, bq1_0, acc16_0); acc16_0 = fma(x16_2, bq2_0, acc16_0); acc16_0 = fma(x16_3, bq3_0, acc16_0);
      acc16_1 = fma(x16_0, bq0_1, acc16_1); acc16_1 = fma(x16_1, bq1_1, acc16_1); acc16_1 = fma(x16_2, bq2_1, acc16_1); acc16_1 = fma(x16_3, bq3_1, acc16_1);
      let x17_0 = vec4<f32>(subgroupBroadcast(as2[0], 1u));
      let x17_1 = vec4<f32>(subgroupBroadcast(as2[1], 1u));
      let x17_2 = vec4<f32>(subgroupBroadcast(as2[2], 1u));
      let x17_3 = vec4<f32>(subgroupBroadcast(as2[3], 1u));
      acc17_0 = fma(x17_0, bq0_0, acc17_0); acc17_0 = fma(x17_1, bq1_0, acc17_0); acc17_0 = fma(x17_2, bq2_0, acc17_0); acc17_0 = fma(x17_3, bq3_0, acc17_0);
      acc17_1 = fma(x17_0, bq0_1, acc17_1); acc17_1 = fma(x17_1, bq1_1, acc17_1); acc17_1 = fma(x17_2, bq2_1, acc17_1); acc17_1 = fma(x17_3, bq3_1, acc17_1);
      let x18_0 = vec4<f32>(subgroupBroadcast(as2[0], 2u));
      let x18_1 = vec4<f32>(subgroupBroadcast(as2[1], 2u));
      let x18_2 = vec4<f32>(subgroupBroadcast(as2[2], 2u));
      let x18_3 = vec4<f32>(subgroupBroadcast(as2[3], 2u));
      acc18_0 = fma(x18_0, bq0_0, acc18_0); acc18_0 = fma(x18_1, bq1_0, acc18_0); acc18_0 = fma(x18_2, bq2_0, acc18_0); acc18_0 = fma(x18_3, bq3_0, acc18_0);
      acc18_1 = fma(x18_0, bq0_1, acc18_1); acc18_1 = fma(x18_1, bq1_1, acc18_1); acc18_1 = fma(x18_2, bq2_1, acc18_1); acc18_1 = fma(x18_3, bq3_1, acc18_1);
      let x19_0 = vec4<f32>(subgroupBroadcast(as2[0], 3u));
      let x19_1 = vec4<f32>(subgroupBroadcast(as2[1], 3u));
      let x19_2 = vec4<f32>(subgroupBroadcast(as2[2], 3u));
      let x19_3 = vec4<f32>(subgroupBroadcast(as2[3], 3u));
      acc19_0 = fma(x19_0, bq0_0, acc19_0); acc19_0 = fma(x19_1, bq1_0, acc19_0); acc19_0 = fma(x19_2, bq2_0, acc19_0); acc19_0 = fma(x19_3, bq3_0, acc19_0);
      acc19_1 = fma(x19_0, bq0_1, acc19_1); acc19_1 = fma(x19_1, bq1_1, acc19_1); acc19_1 = fma(x19_2, bq2_1, acc19_1); acc19_1 = fma(x19_3, bq3_1, acc19_1);
      let x20_0 = vec4<f32>(subgroupBroadcast(as2[0], 4u));
      let x20_1 = vec4<f32>(subgroupBroadcast(as2[1], 4u));
      let x20_2 = vec4<f32>(subgroupBroadcast(as2[2], 4u));
      let x20_3 = vec4<f32>(subgroupBroadcast(as2[3], 4u));
      acc20_0 = fma(x20_0, bq0_0, acc20_0); acc20_0 = fma(x20_1, bq1_0, acc20_0); acc20_0 = fma(x20_2, bq2_0, acc20_0); acc20_0 = fma(x20_3, bq3_0, acc20_0);
      acc20_1 = fma(x20_0, bq0_1, acc20_1); acc20_1 = fma(x20_1, bq1_1, acc20_1); acc20_1 = fma(x20_2, bq2_1, acc20_1); acc20_1 = fma(x20_3, bq3_1, acc20_1);
      let x21_0 = vec4<f32>(subgroupBroadcast(as2[0], 5u));
      let x21_1 = vec4<f32>(subgroupBroadcast(as2[1], 5u));
      let x21_2 = vec4<f32>(subgroupBroadcast(as2[2], 5u));
      let x21_3 = vec4<f32>(subgroupBroadcast(as2[3], 5u));
      acc21_0 = fma(x21_0, bq0_0, acc21_0); acc21_0 = fma(x21_1, bq1_0, acc21_0); acc21_0 = fma(x21_2, bq2_0, acc21_0); acc21_0 = fma(x21_3, bq3_0, acc21_0);
      acc21_1 = fma(x21_0, bq0_1, acc21_1); acc21_1 = fma(x21_1, bq1_1, acc21_1); acc21_1 = fma(x21_2, bq2_1, acc21_1); acc21_1 = fma(x21_3, bq3_1, acc21_1);
      let x22_0 = vec4<f32>(subgroupBroadcast(as2[0], 6u));
      let x22_1 = vec4<f32>(subgroupBroadcast(as2[1], 6u));
      let x22_2 = vec4<f32>(subgroupBroadcast(as2[2], 6u));
      let x22_3 = vec4<f32>(subgroupBroadcast(as2[3], 6u));
      acc22_0 = fma(x22_0, bq0_0, acc22_0); acc22_0 = fma(x22_1, bq1_0, acc22_0); acc22_0 = fma(x22_2, bq2_0, acc22_0); acc22_0 = fma(x22_3, bq3_0, acc22_0);
      acc22_1 = fma(x22_0, bq0_1, acc22_1); acc22_1 = fma(x22_1, bq1_1, acc22_1); acc22_1 = fma(x22_2, bq2_1, acc22_1); acc22_1 = fma(x22_3, bq3_1, acc22_1);
      let x23_0 = vec4<f32>(subgroupBroadcast(as2[0], 7u));
      let x23_1 = vec4<f32>(subgroupBroadcast(as2[1], 7u));
      let x23_2 = vec4<f32>(subgroupBroadcast(as2[2], 7u));
      let x23_3 = vec4<f32>(subgroupBroadcast(as2[3], 7u));
      acc23_0 = fma(x23_0, bq0_0, acc23_0); acc23_0 = fma(x23_1, bq1_0, acc23_0); acc23_0 = fma(x23_2, bq2_0, acc23_0); acc23_0 = fma(x23_3, bq3_0, acc23_0);
      acc23_1 = fma(x23_0, bq0_1, acc23_1); acc23_1 = fma(x23_1, bq1_1, acc23_1); acc23_1 = fma(x23_2, bq2_1, acc23_1); acc23_1 = fma(x23_3, bq3_1, acc23_1);
      let x24_0 = vec4<f32>(subgroupBroadcast(as3[0], 0u));
      let x24_1 = vec4<f32>(subgroupBroadcast(as3[1], 0u));
      let x24_2 = vec4<f32>(subgroupBroadcast(as3[2], 0u));
      let x24_3 = vec4<f32>(subgroupBroadcast(as3[3], 0u));
      acc24_0 = fma(x24_0, bq0_0, acc24_0); acc24_0 = fma(x24_1, bq1_0, acc24_0); acc24_0 = fma(x24_2, bq2_0, acc24_0); acc24_0 = fma(x24_3, bq3_0, acc24_0);
      acc24_1 = fma(x24_0, bq0_1, acc24_1); acc24_1 = fma(x24_1, bq1_1, acc24_1); acc24_1 = fma(x24_2, bq2_1, acc24_1); acc24_1 = fma(x24_3, bq3_1, acc24_1);
      let x25_0 = vec4<f32>(subgroupBroadcast(as3[0], 1u));
      let x25_1 = vec4<f32>(subgroupBroadcast(as3[1], 1u));
      let x25_2 = vec4<f32>(subgroupBroadcast(as3[2], 1u));
      let x25_3 = vec4<f32>(subgroupBroadcast(as3[3], 1u));
      acc25_0 = fma(x25_0, bq0_0, acc25_0); acc25_0 = fma(x25_1, bq1_0, acc25_0); acc25_0 = fma(x25_2, bq2_0, acc25_0); acc25_0 = fma(x25_3, bq3_0, acc25_0);
      acc25_1 = fma(x25_0, bq0_1, acc25_1); acc25_1 = fma(x25_1, bq1_1, acc25_1); acc25_1 = fma(x25_2, bq2_1, acc25_1); acc25_1 = fma(x25_3, bq3_1, acc25_1);
      let x26_0 = vec4<f32>(subgroupBroadcast(as3[0], 2u));
      let x26_1 = vec4<f32>(subgroupBroadcast(as3[1], 2u));
      let x26_2 = vec4<f32>(subgroupBroadcast(as3[2], 2u));
      let x26_3 = vec4<f32>(subgroupBroadcast(as3[3], 2u));
      acc26_0 = fma(x26_0, bq0_0, acc26_0); acc26_0 = fma(x26_1, bq1_0, acc26_0); acc26_0 = fma(x26_2, bq2_0, acc26_0); acc26_0 = fma(x26_3, bq3_0, acc26_0);
      acc26_1 = fma(x26_0, bq0_1, acc26_1); acc26_1 = fma(x26_1, bq1_1, acc26_1); acc26_1 = fma(x26_2, bq2_1, acc26_1); acc26_1 = fma(x26_3, bq3_1, acc26_1);
      let x27_0 = vec4<f32>(subgroupBroadcast(as3[0], 3u));
      let x27_1 = vec4<f32>(subgroupBroadcast(as3[1], 3u));
      let x27_2 = vec4<f32>(subgroupBroadcast(as3[2], 3u));
      let x27_3 = vec4<f32>(subgroupBroadcast(as3[3], 3u));
      acc27_0 = fma(x27_0, bq0_0, acc27_0); acc27_0 = fma(x27_1, bq1_0, acc27_0); acc27_0 = fma(x27_2, bq2_0, acc27_0); acc27_0 = fma(x27_3, bq3_0, acc27_0);
      acc27_1 = fma(x27_0, bq0_1, acc27_1); acc27_1 = fma(x27_1, bq1_1, acc27_1); acc27_1 = fma(x27_2, bq2_1, acc27_1); acc27_1 = fma(x27_3, bq3_1, acc27_1);
      let x28_0 = vec4<f32>(subgroupBroadcast(as3[0], 4u));
      let x28_1 = vec4<f32>(subgroupBroadcast(as3[1], 4u));
      let x28_2 = vec4<f32>(subgroupBroadcast(as3[2], 4u));
      let x28_3 = vec4<f32>(subgroupBroadcast(as3[3], 4u));
      acc28_0 = fma(x28_0, bq0_0, acc28_0); acc28_0 = fma(x28_1, bq1_0, acc28_0); acc28_0 = fma(x28_2, bq2_0, acc28_0); acc28_0 = fma(x28_3, bq3_0, acc28_0);
      acc28_1 = fma(x28_0, bq0_1, acc28_1); acc28_1 = fma(x28_1, bq1_1, acc28_1); acc28_1 = fma(x28_2, bq2_1, acc28_1); acc28_1 = fma(x28_3, bq3_1, acc28_1);
      let x29_0 = vec4<f32>(subgroupBroadcast(as3[0], 5u));
      let x29_1 = vec4<f32>(subgroupBroadcast(as3[1], 5u));
      let x29_2 = vec4<f32>(subgroupBroadcast(as3[2], 5u));
      let x29_3 = vec4<f32>(subgroupBroadcast(as3[3], 5u));
      acc29_0 = fma(x29_0, bq0_0, acc29_0); acc29_0 = fma(x29_1, bq1_0, acc29_0); acc29_0 = fma(x29_2, bq2_0, acc29_0); acc29_0 = fma(x29_3, bq3_0, acc29_0);
      acc29_1 = fma(x29_0, bq0_1, acc29_1); acc29_1 = fma(x29_1, bq1_1, acc29_1); acc29_1 = fma(x29_2, bq2_1, acc29_1); acc29_1 = fma(x29_3, bq3_1, acc29_1);
      let x30_0 = vec4<f32>(subgroupBroadcast(as3[0], 6u));
      let x30_1 = vec4<f32>(subgroupBroadcast(as3[1], 6u));
      let x30_2 = vec4<f32>(subgroupBroadcast(as3[2], 6u));
      let x30_3 = vec4<f32>(subgroupBroadcast(as3[3], 6u));
      acc30_0 = fma(x30_0, bq0_0, acc30_0); acc30_0 = fma(x30_1, bq1_0, acc30_0); acc30_0 = fma(x30_2, bq2_0, acc30_0); acc30_0 = fma(x30_3, bq3_0, acc30_0);
      acc30_1 = fma(x30_0, bq0_1, acc30_1); acc30_1 = fma(x30_1, bq1_1, acc30_1); acc30_1 = fma(x30_2, bq2_1, acc30_1); acc30_1 = fma(x30_3, bq3_1, acc30_1);
      let x31_0 = vec4<f32>(subgroupBroadcast(as3[0], 7u));
      let x31_1 = vec4<f32>(subgroupBroadcast(as3[1], 7u));
      let x31_2 = vec4<f32>(subgroupBroadcast(as3[2], 7u));
      let x31_3 = vec4<f32>(subgroupBroadcast(as3[3], 7u));
      acc31_0 = fma(x31_0, bq0_0, acc31_0); acc31_0 = fma(x31_1, bq1_0, acc31_0); acc31_0 = fma(x31_2, bq2_0, acc31_0); acc31_0 = fma(x31_3, bq3_0, acc31_0);
      acc31_1 = fma(x31_0, bq0_1, acc31_1); acc31_1 = fma(x31_1, bq1_1, acc31_1); acc31_1 = fma(x31_2, bq2_1, acc31_1); acc31_1 = fma(x31_3, bq3_1, acc31_1);
      a_k += 4u * m4;
      b_k += 4u * n4;
    }
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
  }
  let or16 = row0 + 16u;
  if (or16 < p.m) {
    let cr = coff + or16 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc16_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc16_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc16_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc16_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc16_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc16_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc16_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc16_1[3]; }
  }
  let or17 = row0 + 17u;
  if (or17 < p.m) {
    let cr = coff + or17 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc17_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc17_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc17_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc17_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc17_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc17_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc17_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc17_1[3]; }
  }
  let or18 = row0 + 18u;
  if (or18 < p.m) {
    let cr = coff + or18 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc18_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc18_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc18_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc18_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc18_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc18_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc18_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc18_1[3]; }
  }
  let or19 = row0 + 19u;
  if (or19 < p.m) {
    let cr = coff + or19 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc19_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc19_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc19_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc19_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc19_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc19_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc19_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc19_1[3]; }
  }
  let or20 = row0 + 20u;
  if (or20 < p.m) {
    let cr = coff + or20 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc20_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc20_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc20_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc20_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc20_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc20_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc20_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc20_1[3]; }
  }
  let or21 = row0 + 21u;
  if (or21 < p.m) {
    let cr = coff + or21 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc21_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc21_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc21_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc21_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc21_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc21_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc21_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc21_1[3]; }
  }
  let or22 = row0 + 22u;
  if (or22 < p.m) {
    let cr = coff + or22 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc22_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc22_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc22_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc22_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc22_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc22_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc22_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc22_1[3]; }
  }
  let or23 = row0 + 23u;
  if (or23 < p.m) {
    let cr = coff + or23 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc23_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc23_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc23_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc23_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc23_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc23_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc23_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc23_1[3]; }
  }
  let or24 = row0 + 24u;
  if (or24 < p.m) {
    let cr = coff + or24 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc24_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc24_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc24_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc24_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc24_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc24_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc24_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc24_1[3]; }
  }
  let or25 = row0 + 25u;
  if (or25 < p.m) {
    let cr = coff + or25 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc25_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc25_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc25_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc25_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc25_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc25_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc25_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc25_1[3]; }
  }
  let or26 = row0 + 26u;
  if (or26 < p.m) {
    let cr = coff + or26 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc26_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc26_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc26_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc26_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc26_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc26_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc26_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc26_1[3]; }
  }
  let or27 = row0 + 27u;
  if (or27 < p.m) {
    let cr = coff + or27 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc27_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc27_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc27_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc27_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc27_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc27_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc27_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc27_1[3]; }
  }
  let or28 = row0 + 28u;
  if (or28 < p.m) {
    let cr = coff + or28 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc28_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc28_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc28_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc28_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc28_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc28_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc28_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc28_1[3]; }
  }
  let or29 = row0 + 29u;
  if (or29 < p.m) {
    let cr = coff + or29 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc29_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc29_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc29_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc29_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc29_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc29_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc29_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc29_1[3]; }
  }
  let or30 = row0 + 30u;
  if (or30 < p.m) {
    let cr = coff + or30 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc30_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc30_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc30_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc30_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc30_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc30_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc30_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc30_1[3]; }
  }
  let or31 = row0 + 31u;
  if (or31 < p.m) {
    let cr = coff + or31 * p.n;
    if (oc0 < p.n) { c[cr + oc0] = acc31_0[0]; }
    if (oc1 < p.n) { c[cr + oc1] = acc31_0[1]; }
    if (oc2 < p.n) { c[cr + oc2] = acc31_0[2]; }
    if (oc3 < p.n) { c[cr + oc3] = acc31_0[3]; }
    if (oc4 < p.n) { c[cr + oc4] = acc31_1[0]; }
    if (oc5 < p.n) { c[cr + oc5] = acc31_1[1]; }
    if (oc6 < p.n) { c[cr + oc6] = acc31_1[2]; }
    if (oc7 < p.n) { c[cr + oc7] = acc31_1[3]; }
  }
}

// matmul_subgroup_small_m: same result as `matmul`, for aligned shapes only (the `matmul_vec4` rule):
//   K % 4 == 0, and M % 4 == 0 when TRANS_A, and N % 4 == 0 when !TRANS_B,
//   and stride_a % 4 == 0, stride_b % 4 == 0.
// Requires subgroups of exactly 8 invocations (subgroup_min_size == subgroup_max_size == 8).
//   workgroup_size(8, 1, 1) = 1 subgroups (naga only allows the subgroup builtins in
//   one-dimensional workgroups; lanes and subgroups come from those builtins, so the kernel
//   does not depend on how invocations are packed into subgroups); each subgroup computes 16 rows x 64 cols,
//   each invocation 16 rows x 8 cols;
//   output tile per workgroup = 16 rows x 64 cols;
//   grid = (ceil(N / 64), ceil(M / 16), batch).
// Per 4 values of k an invocation issues 2 vec4 loads of A and 8 of B;
// A values are shared within the subgroup with subgroupBroadcast.
@compute @workgroup_size(8, 1, 1)
fn matmul_subgroup_small_m(@builtin(workgroup_id) wg: vec3<u32>,
  @builtin(subgroup_id) sg: u32,
  @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = (wg.y * 1u + sg) * 16u;  // first row of this subgroup
  let col0 = (wg.x * 8u + lane) * 8u;  // first column of this invocation
  let k4 = p.k / 4u;
  let m4 = p.m / 4u;
  let n4 = p.n / 4u;
  let aoff = wg.z * (p.stride_a / 4u);
  let boff = wg.z * (p.stride_b / 4u);
  // !TRANS_A: this lane loads rows row0 + 8s + lane (vec4 along k).
  let ra0 = aoff + min(row0 + 0u + lane, p.m - 1u) * k4;
  let ra1 = aoff + min(row0 + 8u + lane, p.m - 1u) * k4;
  // TRANS_A: this lane loads row groups (4 rows, vec4 along m).
  let ga0 = aoff + min(row0 / 4u + (0u + lane) % 4u, m4 - 1u);
  let kqo0 = (0u + lane) / 4u;
  let ga1 = aoff + min(row0 / 4u + (8u + lane) % 4u, m4 - 1u);
  let kqo1 = (8u + lane) / 4u;
  let gb0 = boff + min(col0 / 4u + 0u, n4 - 1u);
  let gb1 = boff + min(col0 / 4u + 1u, n4 - 1u);
  let cb0 = boff + min(col0 + 0u, p.n - 1u) * k4;
  let cb1 = boff + min(col0 + 1u, p.n - 1u) * k4;
  let cb2 = boff + min(col0 + 2u, p.n - 1u) * k4;
  let cb3 = boff + min(col0 + 3u, p.n - 1u) * k4;
  let cb4 = boff + min(col0 + 4u, p.n - 1u) * k4;
  let cb5 = boff + min(col0 + 5u, p.n - 1u) * k4;
  let cb6 = boff + min(col0 + 6u, p.n - 1u) * k4;
  let cb7 = boff + min(col0 + 7u, p.n - 1u) * k4;
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
  if (TRANS_A) {
    var a_k = 0u;  // vec4 offset of row 4kq of A (TRANS_A) and B (!TRANS_B)
    var b_k = 0u;
    for (var kq = 0u; kq < k4; kq++) {
      let ap0 = vec4<f32>(a4[ga0 + a_k + kqo0 * m4]);
      let ap1 = vec4<f32>(a4[ga1 + a_k + kqo1 * m4]);
      var bq0_0: vec4<f32>;
      var bq0_1: vec4<f32>;
      var bq1_0: vec4<f32>;
      var bq1_1: vec4<f32>;
      var bq2_0: vec4<f32>;
      var bq2_1: vec4<f32>;
      var bq3_0: vec4<f32>;
      var bq3_1: vec4<f32>;
      if (TRANS_B) {
        let bc0 = vec4<f32>(b4[cb0 + kq]);
        let bc1 = vec4<f32>(b4[cb1 + kq]);
        let bc2 = vec4<f32>(b4[cb2 + kq]);
        let bc3 = vec4<f32>(b4[cb3 + kq]);
        let bc4 = vec4<f32>(b4[cb4 + kq]);
        let bc5 = vec4<f32>(b4[cb5 + kq]);
        let bc6 = vec4<f32>(b4[cb6 + kq]);
        let bc7 = vec4<f32>(b4[cb7 + kq]);
        bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
        bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
        bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
        bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
        bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
        bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
        bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
        bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
      } else {
        let kb0 = b_k + 0u * n4;
        bq0_0 = vec4<f32>(b4[gb0 + kb0]);
        bq0_1 = vec4<f32>(b4[gb1 + kb0]);
        let kb1 = b_k + 1u * n4;
        bq1_0 = vec4<f32>(b4[gb0 + kb1]);
        bq1_1 = vec4<f32>(b4[gb1 + kb1]);
        let kb2 = b_k + 2u * n4;
        bq2_0 = vec4<f32>(b4[gb0 + kb2]);
        bq2_1 = vec4<f32>(b4[gb1 + kb2]);
        let kb3 = b_k + 3u * n4;
        bq3_0 = vec4<f32>(b4[gb0 + kb3]);
        bq3_1 = vec4<f32>(b4[gb1 + kb3]);
      }
      let x0_0 = vec4<f32>(subgroupBroadcast(ap0[0], 0u));
      let x0_1 = vec4<f32>(subgroupBroadcast(ap0[0], 4u));
      let x0_2 = vec4<f32>(subgroupBroadcast(ap1[0], 0u));
      let x0_3 = vec4<f32>(subgroupBroadcast(ap1[0], 4u));
      acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
      acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
      let x1_0 = vec4<f32>(subgroupBroadcast(ap0[1], 0u));
      let x1_1 = vec4<f32>(subgroupBroadcast(ap0[1], 4u));
      let x1_2 = vec4<f32>(subgroupBroadcast(ap1[1], 0u));
      let x1_3 = vec4<f32>(subgroupBroadcast(ap1[1], 4u));
      acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
      acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
      let x2_0 = vec4<f32>(subgroupBroadcast(ap0[2], 0u));
      let x2_1 = vec4<f32>(subgroupBroadcast(ap0[2], 4u));
      let x2_2 = vec4<f32>(subgroupBroadcast(ap1[2], 0u));
      let x2_3 = vec4<f32>(subgroupBroadcast(ap1[2], 4u));
      acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
      acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
      let x3_0 = vec4<f32>(subgroupBroadcast(ap0[3], 0u));
      let x3_1 = vec4<f32>(subgroupBroadcast(ap0[3], 4u));
      let x3_2 = vec4<f32>(subgroupBroadcast(ap1[3], 0u));
      let x3_3 = vec4<f32>(subgroupBroadcast(ap1[3], 4u));
      acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
      acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
      let x4_0 = vec4<f32>(subgroupBroadcast(ap0[0], 1u));
      let x4_1 = vec4<f32>(subgroupBroadcast(ap0[0], 5u));
      let x4_2 = vec4<f32>(subgroupBroadcast(ap1[0], 1u));
      let x4_3 = vec4<f32>(subgroupBroadcast(ap1[0], 5u));
      acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
      acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
      let x5_0 = vec4<f32>(subgroupBroadcast(ap0[1], 1u));
      let x5_1 = vec4<f32>(subgroupBroadcast(ap0[1], 5u));
      let x5_2 = vec4<f32>(subgroupBroadcast(ap1[1], 1u));
      let x5_3 = vec4<f32>(subgroupBroadcast(ap1[1], 5u));
      acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
      acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
      let x6_0 = vec4<f32>(subgroupBroadcast(ap0[2], 1u));
      let x6_1 = vec4<f32>(subgroupBroadcast(ap0[2], 5u));
      let x6_2 = vec4<f32>(subgroupBroadcast(ap1[2], 1u));
      let x6_3 = vec4<f32>(subgroupBroadcast(ap1[2], 5u));
      acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
      acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
      let x7_0 = vec4<f32>(subgroupBroadcast(ap0[3], 1u));
      let x7_1 = vec4<f32>(subgroupBroadcast(ap0[3], 5u));
      let x7_2 = vec4<f32>(subgroupBroadcast(ap1[3], 1u));
      let x7_3 = vec4<f32>(subgroupBroadcast(ap1[3], 5u));
      acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
      acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
      let x8_0 = vec4<f32>(subgroupBroadcast(ap0[0], 2u));
      let x8_1 = vec4<f32>(subgroupBroadcast(ap0[0], 6u));
      let x8_2 = vec4<f32>(subgroupBroadcast(ap1[0], 2u));
      let x8_3 = vec4<f32>(subgroupBroadcast(ap1[0], 6u));
      acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
      acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
      let x9_0 = vec4<f32>(subgroupBroadcast(ap0[1], 2u));
      let x9_1 = vec4<f32>(subgroupBroadcast(ap0[1], 6u));
      let x9_2 = vec4<f32>(subgroupBroadcast(ap1[1], 2u));
      let x9_3 = vec4<f32>(subgroupBroadcast(ap1[1], 6u));
      acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
      acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
      let x10_0 = vec4<f32>(subgroupBroadcast(ap0[2], 2u));
      let x10_1 = vec4<f32>(subgroupBroadcast(ap0[2], 6u));
      let x10_2 = vec4<f32>(subgroupBroadcast(ap1[2], 2u));
      let x10_3 = vec4<f32>(subgroupBroadcast(ap1[2], 6u));
      acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
      acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
      let x11_0 = vec4<f32>(subgroupBroadcast(ap0[3], 2u));
      let x11_1 = vec4<f32>(subgroupBroadcast(ap0[3], 6u));
      let x11_2 = vec4<f32>(subgroupBroadcast(ap1[3], 2u));
      let x11_3 = vec4<f32>(subgroupBroadcast(ap1[3], 6u));
      acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
      acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
      let x12_0 = vec4<f32>(subgroupBroadcast(ap0[0], 3u));
      let x12_1 = vec4<f32>(subgroupBroadcast(ap0[0], 7u));
      let x12_2 = vec4<f32>(subgroupBroadcast(ap1[0], 3u));
      let x12_3 = vec4<f32>(subgroupBroadcast(ap1[0], 7u));
      acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
      acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
      let x13_0 = vec4<f32>(subgroupBroadcast(ap0[1], 3u));
      let x13_1 = vec4<f32>(subgroupBroadcast(ap0[1], 7u));
      let x13_2 = vec4<f32>(subgroupBroadcast(ap1[1], 3u));
      let x13_3 = vec4<f32>(subgroupBroadcast(ap1[1], 7u));
      acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
      acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
      let x14_0 = vec4<f32>(subgroupBroadcast(ap0[2], 3u));
      let x14_1 = vec4<f32>(subgroupBroadcast(ap0[2], 7u));
      let x14_2 = vec4<f32>(subgroupBroadcast(ap1[2], 3u));
      let x14_3 = vec4<f32>(subgroupBroadcast(ap1[2], 7u));
      acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
      acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
      let x15_0 = vec4<f32>(subgroupBroadcast(ap0[3], 3u));
      let x15_1 = vec4<f32>(subgroupBroadcast(ap0[3], 7u));
      let x15_2 = vec4<f32>(subgroupBroadcast(ap1[3], 3u));
      let x15_3 = vec4<f32>(subgroupBroadcast(ap1[3], 7u));
      acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
      acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
      a_k += 4u * m4;
      b_k += 4u * n4;
    }
  } else {
    var a_k = 0u;  // vec4 offset of row 4kq of A (TRANS_A) and B (!TRANS_B)
    var b_k = 0u;
    for (var kq = 0u; kq < k4; kq++) {
      let as0 = vec4<f32>(a4[ra0 + kq]);
      let as1 = vec4<f32>(a4[ra1 + kq]);
      var bq0_0: vec4<f32>;
      var bq0_1: vec4<f32>;
      var bq1_0: vec4<f32>;
      var bq1_1: vec4<f32>;
      var bq2_0: vec4<f32>;
      var bq2_1: vec4<f32>;
      var bq3_0: vec4<f32>;
      var bq3_1: vec4<f32>;
      if (TRANS_B) {
        let bc0 = vec4<f32>(b4[cb0 + kq]);
        let bc1 = vec4<f32>(b4[cb1 + kq]);
        let bc2 = vec4<f32>(b4[cb2 + kq]);
        let bc3 = vec4<f32>(b4[cb3 + kq]);
        let bc4 = vec4<f32>(b4[cb4 + kq]);
        let bc5 = vec4<f32>(b4[cb5 + kq]);
        let bc6 = vec4<f32>(b4[cb6 + kq]);
        let bc7 = vec4<f32>(b4[cb7 + kq]);
        bq0_0 = vec4<f32>(bc0[0], bc1[0], bc2[0], bc3[0]);
        bq0_1 = vec4<f32>(bc4[0], bc5[0], bc6[0], bc7[0]);
        bq1_0 = vec4<f32>(bc0[1], bc1[1], bc2[1], bc3[1]);
        bq1_1 = vec4<f32>(bc4[1], bc5[1], bc6[1], bc7[1]);
        bq2_0 = vec4<f32>(bc0[2], bc1[2], bc2[2], bc3[2]);
        bq2_1 = vec4<f32>(bc4[2], bc5[2], bc6[2], bc7[2]);
        bq3_0 = vec4<f32>(bc0[3], bc1[3], bc2[3], bc3[3]);
        bq3_1 = vec4<f32>(bc4[3], bc5[3], bc6[3], bc7[3]);
      } else {
        let kb0 = b_k + 0u * n4;
        bq0_0 = vec4<f32>(b4[gb0 + kb0]);
        bq0_1 = vec4<f32>(b4[gb1 + kb0]);
        let kb1 = b_k + 1u * n4;
        bq1_0 = vec4<f32>(b4[gb0 + kb1]);
        bq1_1 = vec4<f32>(b4[gb1 + kb1]);
        let kb2 = b_k + 2u * n4;
        bq2_0 = vec4<f32>(b4[gb0 + kb2]);
        bq2_1 = vec4<f32>(b4[gb1 + kb2]);
        let kb3 = b_k + 3u * n4;
        bq3_0 = vec4<f32>(b4[gb0 + kb3]);
        bq3_1 = vec4<f32>(b4[gb1 + kb3]);
      }
      let x0_0 = vec4<f32>(subgroupBroadcast(as0[0], 0u));
      let x0_1 = vec4<f32>(subgroupBroadcast(as0[1], 0u));
      let x0_2 = vec4<f32>(subgroupBroadcast(as0[2], 0u));
      let x0_3 = vec4<f32>(subgroupBroadcast(as0[3], 0u));
      acc0_0 = fma(x0_0, bq0_0, acc0_0); acc0_0 = fma(x0_1, bq1_0, acc0_0); acc0_0 = fma(x0_2, bq2_0, acc0_0); acc0_0 = fma(x0_3, bq3_0, acc0_0);
      acc0_1 = fma(x0_0, bq0_1, acc0_1); acc0_1 = fma(x0_1, bq1_1, acc0_1); acc0_1 = fma(x0_2, bq2_1, acc0_1); acc0_1 = fma(x0_3, bq3_1, acc0_1);
      let x1_0 = vec4<f32>(subgroupBroadcast(as0[0], 1u));
      let x1_1 = vec4<f32>(subgroupBroadcast(as0[1], 1u));
      let x1_2 = vec4<f32>(subgroupBroadcast(as0[2], 1u));
      let x1_3 = vec4<f32>(subgroupBroadcast(as0[3], 1u));
      acc1_0 = fma(x1_0, bq0_0, acc1_0); acc1_0 = fma(x1_1, bq1_0, acc1_0); acc1_0 = fma(x1_2, bq2_0, acc1_0); acc1_0 = fma(x1_3, bq3_0, acc1_0);
      acc1_1 = fma(x1_0, bq0_1, acc1_1); acc1_1 = fma(x1_1, bq1_1, acc1_1); acc1_1 = fma(x1_2, bq2_1, acc1_1); acc1_1 = fma(x1_3, bq3_1, acc1_1);
      let x2_0 = vec4<f32>(subgroupBroadcast(as0[0], 2u));
      let x2_1 = vec4<f32>(subgroupBroadcast(as0[1], 2u));
      let x2_2 = vec4<f32>(subgroupBroadcast(as0[2], 2u));
      let x2_3 = vec4<f32>(subgroupBroadcast(as0[3], 2u));
      acc2_0 = fma(x2_0, bq0_0, acc2_0); acc2_0 = fma(x2_1, bq1_0, acc2_0); acc2_0 = fma(x2_2, bq2_0, acc2_0); acc2_0 = fma(x2_3, bq3_0, acc2_0);
      acc2_1 = fma(x2_0, bq0_1, acc2_1); acc2_1 = fma(x2_1, bq1_1, acc2_1); acc2_1 = fma(x2_2, bq2_1, acc2_1); acc2_1 = fma(x2_3, bq3_1, acc2_1);
      let x3_0 = vec4<f32>(subgroupBroadcast(as0[0], 3u));
      let x3_1 = vec4<f32>(subgroupBroadcast(as0[1], 3u));
      let x3_2 = vec4<f32>(subgroupBroadcast(as0[2], 3u));
      let x3_3 = vec4<f32>(subgroupBroadcast(as0[3], 3u));
      acc3_0 = fma(x3_0, bq0_0, acc3_0); acc3_0 = fma(x3_1, bq1_0, acc3_0); acc3_0 = fma(x3_2, bq2_0, acc3_0); acc3_0 = fma(x3_3, bq3_0, acc3_0);
      acc3_1 = fma(x3_0, bq0_1, acc3_1); acc3_1 = fma(x3_1, bq1_1, acc3_1); acc3_1 = fma(x3_2, bq2_1, acc3_1); acc3_1 = fma(x3_3, bq3_1, acc3_1);
      let x4_0 = vec4<f32>(subgroupBroadcast(as0[0], 4u));
      let x4_1 = vec4<f32>(subgroupBroadcast(as0[1], 4u));
      let x4_2 = vec4<f32>(subgroupBroadcast(as0[2], 4u));
      let x4_3 = vec4<f32>(subgroupBroadcast(as0[3], 4u));
      acc4_0 = fma(x4_0, bq0_0, acc4_0); acc4_0 = fma(x4_1, bq1_0, acc4_0); acc4_0 = fma(x4_2, bq2_0, acc4_0); acc4_0 = fma(x4_3, bq3_0, acc4_0);
      acc4_1 = fma(x4_0, bq0_1, acc4_1); acc4_1 = fma(x4_1, bq1_1, acc4_1); acc4_1 = fma(x4_2, bq2_1, acc4_1); acc4_1 = fma(x4_3, bq3_1, acc4_1);
      let x5_0 = vec4<f32>(subgroupBroadcast(as0[0], 5u));
      let x5_1 = vec4<f32>(subgroupBroadcast(as0[1], 5u));
      let x5_2 = vec4<f32>(subgroupBroadcast(as0[2], 5u));
      let x5_3 = vec4<f32>(subgroupBroadcast(as0[3], 5u));
      acc5_0 = fma(x5_0, bq0_0, acc5_0); acc5_0 = fma(x5_1, bq1_0, acc5_0); acc5_0 = fma(x5_2, bq2_0, acc5_0); acc5_0 = fma(x5_3, bq3_0, acc5_0);
      acc5_1 = fma(x5_0, bq0_1, acc5_1); acc5_1 = fma(x5_1, bq1_1, acc5_1); acc5_1 = fma(x5_2, bq2_1, acc5_1); acc5_1 = fma(x5_3, bq3_1, acc5_1);
      let x6_0 = vec4<f32>(subgroupBroadcast(as0[0], 6u));
      let x6_1 = vec4<f32>(subgroupBroadcast(as0[1], 6u));
      let x6_2 = vec4<f32>(subgroupBroadcast(as0[2], 6u));
      let x6_3 = vec4<f32>(subgroupBroadcast(as0[3], 6u));
      acc6_0 = fma(x6_0, bq0_0, acc6_0); acc6_0 = fma(x6_1, bq1_0, acc6_0); acc6_0 = fma(x6_2, bq2_0, acc6_0); acc6_0 = fma(x6_3, bq3_0, acc6_0);
      acc6_1 = fma(x6_0, bq0_1, acc6_1); acc6_1 = fma(x6_1, bq1_1, acc6_1); acc6_1 = fma(x6_2, bq2_1, acc6_1); acc6_1 = fma(x6_3, bq3_1, acc6_1);
      let x7_0 = vec4<f32>(subgroupBroadcast(as0[0], 7u));
      let x7_1 = vec4<f32>(subgroupBroadcast(as0[1], 7u));
      let x7_2 = vec4<f32>(subgroupBroadcast(as0[2], 7u));
      let x7_3 = vec4<f32>(subgroupBroadcast(as0[3], 7u));
      acc7_0 = fma(x7_0, bq0_0, acc7_0); acc7_0 = fma(x7_1, bq1_0, acc7_0); acc7_0 = fma(x7_2, bq2_0, acc7_0); acc7_0 = fma(x7_3, bq3_0, acc7_0);
      acc7_1 = fma(x7_0, bq0_1, acc7_1); acc7_1 = fma(x7_1, bq1_1, acc7_1); acc7_1 = fma(x7_2, bq2_1, acc7_1); acc7_1 = fma(x7_3, bq3_1, acc7_1);
      let x8_0 = vec4<f32>(subgroupBroadcast(as1[0], 0u));
      let x8_1 = vec4<f32>(subgroupBroadcast(as1[1], 0u));
      let x8_2 = vec4<f32>(subgroupBroadcast(as1[2], 0u));
      let x8_3 = vec4<f32>(subgroupBroadcast(as1[3], 0u));
      acc8_0 = fma(x8_0, bq0_0, acc8_0); acc8_0 = fma(x8_1, bq1_0, acc8_0); acc8_0 = fma(x8_2, bq2_0, acc8_0); acc8_0 = fma(x8_3, bq3_0, acc8_0);
      acc8_1 = fma(x8_0, bq0_1, acc8_1); acc8_1 = fma(x8_1, bq1_1, acc8_1); acc8_1 = fma(x8_2, bq2_1, acc8_1); acc8_1 = fma(x8_3, bq3_1, acc8_1);
      let x9_0 = vec4<f32>(subgroupBroadcast(as1[0], 1u));
      let x9_1 = vec4<f32>(subgroupBroadcast(as1[1], 1u));
      let x9_2 = vec4<f32>(subgroupBroadcast(as1[2], 1u));
      let x9_3 = vec4<f32>(subgroupBroadcast(as1[3], 1u));
      acc9_0 = fma(x9_0, bq0_0, acc9_0); acc9_0 = fma(x9_1, bq1_0, acc9_0); acc9_0 = fma(x9_2, bq2_0, acc9_0); acc9_0 = fma(x9_3, bq3_0, acc9_0);
      acc9_1 = fma(x9_0, bq0_1, acc9_1); acc9_1 = fma(x9_1, bq1_1, acc9_1); acc9_1 = fma(x9_2, bq2_1, acc9_1); acc9_1 = fma(x9_3, bq3_1, acc9_1);
      let x10_0 = vec4<f32>(subgroupBroadcast(as1[0], 2u));
      let x10_1 = vec4<f32>(subgroupBroadcast(as1[1], 2u));
      let x10_2 = vec4<f32>(subgroupBroadcast(as1[2], 2u));
      let x10_3 = vec4<f32>(subgroupBroadcast(as1[3], 2u));
      acc10_0 = fma(x10_0, bq0_0, acc10_0); acc10_0 = fma(x10_1, bq1_0, acc10_0); acc10_0 = fma(x10_2, bq2_0, acc10_0); acc10_0 = fma(x10_3, bq3_0, acc10_0);
      acc10_1 = fma(x10_0, bq0_1, acc10_1); acc10_1 = fma(x10_1, bq1_1, acc10_1); acc10_1 = fma(x10_2, bq2_1, acc10_1); acc10_1 = fma(x10_3, bq3_1, acc10_1);
      let x11_0 = vec4<f32>(subgroupBroadcast(as1[0], 3u));
      let x11_1 = vec4<f32>(subgroupBroadcast(as1[1], 3u));
      let x11_2 = vec4<f32>(subgroupBroadcast(as1[2], 3u));
      let x11_3 = vec4<f32>(subgroupBroadcast(as1[3], 3u));
      acc11_0 = fma(x11_0, bq0_0, acc11_0); acc11_0 = fma(x11_1, bq1_0, acc11_0); acc11_0 = fma(x11_2, bq2_0, acc11_0); acc11_0 = fma(x11_3, bq3_0, acc11_0);
      acc11_1 = fma(x11_0, bq0_1, acc11_1); acc11_1 = fma(x11_1, bq1_1, acc11_1); acc11_1 = fma(x11_2, bq2_1, acc11_1); acc11_1 = fma(x11_3, bq3_1, acc11_1);
      let x12_0 = vec4<f32>(subgroupBroadcast(as1[0], 4u));
      let x12_1 = vec4<f32>(subgroupBroadcast(as1[1], 4u));
      let x12_2 = vec4<f32>(subgroupBroadcast(as1[2], 4u));
      let x12_3 = vec4<f32>(subgroupBroadcast(as1[3], 4u));
      acc12_0 = fma(x12_0, bq0_0, acc12_0); acc12_0 = fma(x12_1, bq1_0, acc12_0); acc12_0 = fma(x12_2, bq2_0, acc12_0); acc12_0 = fma(x12_3, bq3_0, acc12_0);
      acc12_1 = fma(x12_0, bq0_1, acc12_1); acc12_1 = fma(x12_1, bq1_1, acc12_1); acc12_1 = fma(x12_2, bq2_1, acc12_1); acc12_1 = fma(x12_3, bq3_1, acc12_1);
      let x13_0 = vec4<f32>(subgroupBroadcast(as1[0], 5u));
      let x13_1 = vec4<f32>(subgroupBroadcast(as1[1], 5u));
      let x13_2 = vec4<f32>(subgroupBroadcast(as1[2], 5u));
      let x13_3 = vec4<f32>(subgroupBroadcast(as1[3], 5u));
      acc13_0 = fma(x13_0, bq0_0, acc13_0); acc13_0 = fma(x13_1, bq1_0, acc13_0); acc13_0 = fma(x13_2, bq2_0, acc13_0); acc13_0 = fma(x13_3, bq3_0, acc13_0);
      acc13_1 = fma(x13_0, bq0_1, acc13_1); acc13_1 = fma(x13_1, bq1_1, acc13_1); acc13_1 = fma(x13_2, bq2_1, acc13_1); acc13_1 = fma(x13_3, bq3_1, acc13_1);
      let x14_0 = vec4<f32>(subgroupBroadcast(as1[0], 6u));
      let x14_1 = vec4<f32>(subgroupBroadcast(as1[1], 6u));
      let x14_2 = vec4<f32>(subgroupBroadcast(as1[2], 6u));
      let x14_3 = vec4<f32>(subgroupBroadcast(as1[3], 6u));
      acc14_0 = fma(x14_0, bq0_0, acc14_0); acc14_0 = fma(x14_1, bq1_0, acc14_0); acc14_0 = fma(x14_2, bq2_0, acc14_0); acc14_0 = fma(x14_3, bq3_0, acc14_0);
      acc14_1 = fma(x14_0, bq0_1, acc14_1); acc14_1 = fma(x14_1, bq1_1, acc14_1); acc14_1 = fma(x14_2, bq2_1, acc14_1); acc14_1 = fma(x14_3, bq3_1, acc14_1);
      let x15_0 = vec4<f32>(subgroupBroadcast(as1[0], 7u));
      let x15_1 = vec4<f32>(subgroupBroadcast(as1[1], 7u));
      let x15_2 = vec4<f32>(subgroupBroadcast(as1[2], 7u));
      let x15_3 = vec4<f32>(subgroupBroadcast(as1[3], 7u));
      acc15_0 = fma(x15_0, bq0_0, acc15_0); acc15_0 = fma(x15_1, bq1_0, acc15_0); acc15_0 = fma(x15_2, bq2_0, acc15_0); acc15_0 = fma(x15_3, bq3_0, acc15_0);
      acc15_1 = fma(x15_0, bq0_1, acc15_1); acc15_1 = fma(x15_1, bq1_1, acc15_1); acc15_1 = fma(x15_2, bq2_1, acc15_1); acc15_1 = fma(x15_3, bq3_1, acc15_1);
      a_k += 4u * m4;
      b_k += 4u * n4;
    }
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
  }
}
