// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// Nearest codebook row of every query in one fused kernel: for x [N, D] and codebook e [K, D],
// out[n] = the first k minimising ‖x_n‖² + ‖e_k‖² − 2 x_n·e_k (squared L2, the seed's formula).
// The dot products are a matmul tile of 16 queries x 16 codes per invocation kept in
// registers; the norms are summed alongside; each invocation keeps the running minimum of its
// queries over the codes it visits (every 128th block of 16), and the 8 lanes of a
// query are merged through workgroup memory at the end. Nothing N x K is ever written.
// workgroup_size(8, 8, 1): 128 queries per workgroup, 1-D grid (folded into y).
struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> e: array<f32>;
// vec4 views of the same buffers; only `nearest_code_vec4` (D % 4 == 0) uses them.
@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> e4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;
var<workgroup> best_d: array<f32, 1024>;
var<workgroup> best_i: array<u32, 1024>;

// Any D.
@compute @workgroup_size(8, 8, 1)
fn nearest_code(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
      @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let wg_row0 = (wg.x + wg.y * nwg.x) * 128u;
  let row0 = wg_row0 + lid.y * 16u;
  let steps = p.d;
  // Rows past N repeat row N-1 (their results are never stored).
  let ra0 = min(row0 + 0u, p.n - 1u) * steps;
  let ra1 = min(row0 + 1u, p.n - 1u) * steps;
  let ra2 = min(row0 + 2u, p.n - 1u) * steps;
  let ra3 = min(row0 + 3u, p.n - 1u) * steps;
  let ra4 = min(row0 + 4u, p.n - 1u) * steps;
  let ra5 = min(row0 + 5u, p.n - 1u) * steps;
  let ra6 = min(row0 + 6u, p.n - 1u) * steps;
  let ra7 = min(row0 + 7u, p.n - 1u) * steps;
  let ra8 = min(row0 + 8u, p.n - 1u) * steps;
  let ra9 = min(row0 + 9u, p.n - 1u) * steps;
  let ra10 = min(row0 + 10u, p.n - 1u) * steps;
  let ra11 = min(row0 + 11u, p.n - 1u) * steps;
  let ra12 = min(row0 + 12u, p.n - 1u) * steps;
  let ra13 = min(row0 + 13u, p.n - 1u) * steps;
  let ra14 = min(row0 + 14u, p.n - 1u) * steps;
  let ra15 = min(row0 + 15u, p.n - 1u) * steps;
  // ‖x_i‖², summed in the same order as the dot products below.
  var xn0 = 0.0;
  var xn1 = 0.0;
  var xn2 = 0.0;
  var xn3 = 0.0;
  var xn4 = 0.0;
  var xn5 = 0.0;
  var xn6 = 0.0;
  var xn7 = 0.0;
  var xn8 = 0.0;
  var xn9 = 0.0;
  var xn10 = 0.0;
  var xn11 = 0.0;
  var xn12 = 0.0;
  var xn13 = 0.0;
  var xn14 = 0.0;
  var xn15 = 0.0;
  for (var s = 0u; s < steps; s++) {
    let a0 = x[ra0 + s];
    xn0 = fma(a0, a0, xn0);
    let a1 = x[ra1 + s];
    xn1 = fma(a1, a1, xn1);
    let a2 = x[ra2 + s];
    xn2 = fma(a2, a2, xn2);
    let a3 = x[ra3 + s];
    xn3 = fma(a3, a3, xn3);
    let a4 = x[ra4 + s];
    xn4 = fma(a4, a4, xn4);
    let a5 = x[ra5 + s];
    xn5 = fma(a5, a5, xn5);
    let a6 = x[ra6 + s];
    xn6 = fma(a6, a6, xn6);
    let a7 = x[ra7 + s];
    xn7 = fma(a7, a7, xn7);
    let a8 = x[ra8 + s];
    xn8 = fma(a8, a8, xn8);
    let a9 = x[ra9 + s];
    xn9 = fma(a9, a9, xn9);
    let a10 = x[ra10 + s];
    xn10 = fma(a10, a10, xn10);
    let a11 = x[ra11 + s];
    xn11 = fma(a11, a11, xn11);
    let a12 = x[ra12 + s];
    xn12 = fma(a12, a12, xn12);
    let a13 = x[ra13 + s];
    xn13 = fma(a13, a13, xn13);
    let a14 = x[ra14 + s];
    xn14 = fma(a14, a14, xn14);
    let a15 = x[ra15 + s];
    xn15 = fma(a15, a15, xn15);
  }
  var best0 = 3.402823e38;
  var bi0 = 0u;
  var best1 = 3.402823e38;
  var bi1 = 0u;
  var best2 = 3.402823e38;
  var bi2 = 0u;
  var best3 = 3.402823e38;
  var bi3 = 0u;
  var best4 = 3.402823e38;
  var bi4 = 0u;
  var best5 = 3.402823e38;
  var bi5 = 0u;
  var best6 = 3.402823e38;
  var bi6 = 0u;
  var best7 = 3.402823e38;
  var bi7 = 0u;
  var best8 = 3.402823e38;
  var bi8 = 0u;
  var best9 = 3.402823e38;
  var bi9 = 0u;
  var best10 = 3.402823e38;
  var bi10 = 0u;
  var best11 = 3.402823e38;
  var bi11 = 0u;
  var best12 = 3.402823e38;
  var bi12 = 0u;
  var best13 = 3.402823e38;
  var bi13 = 0u;
  var best14 = 3.402823e38;
  var bi14 = 0u;
  var best15 = 3.402823e38;
  var bi15 = 0u;
  for (var c0 = lid.x * 16u; c0 < p.k; c0 += 128u) {
    // Codes past K repeat code K-1 with its own index: a tie with itself changes nothing.
    let ci0 = min(c0 + 0u, p.k - 1u);
    let cb0 = ci0 * steps;
    let ci1 = min(c0 + 1u, p.k - 1u);
    let cb1 = ci1 * steps;
    let ci2 = min(c0 + 2u, p.k - 1u);
    let cb2 = ci2 * steps;
    let ci3 = min(c0 + 3u, p.k - 1u);
    let cb3 = ci3 * steps;
    let ci4 = min(c0 + 4u, p.k - 1u);
    let cb4 = ci4 * steps;
    let ci5 = min(c0 + 5u, p.k - 1u);
    let cb5 = ci5 * steps;
    let ci6 = min(c0 + 6u, p.k - 1u);
    let cb6 = ci6 * steps;
    let ci7 = min(c0 + 7u, p.k - 1u);
    let cb7 = ci7 * steps;
    let ci8 = min(c0 + 8u, p.k - 1u);
    let cb8 = ci8 * steps;
    let ci9 = min(c0 + 9u, p.k - 1u);
    let cb9 = ci9 * steps;
    let ci10 = min(c0 + 10u, p.k - 1u);
    let cb10 = ci10 * steps;
    let ci11 = min(c0 + 11u, p.k - 1u);
    let cb11 = ci11 * steps;
    let ci12 = min(c0 + 12u, p.k - 1u);
    let cb12 = ci12 * steps;
    let ci13 = min(c0 + 13u, p.k - 1u);
    let cb13 = ci13 * steps;
    let ci14 = min(c0 + 14u, p.k - 1u);
    let cb14 = ci14 * steps;
    let ci15 = min(c0 + 15u, p.k - 1u);
    let cb15 = ci15 * steps;
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
    var en0 = 0.0;
    var en1 = 0.0;
    var en2 = 0.0;
    var en3 = 0.0;
    var en4 = 0.0;
    var en5 = 0.0;
    var en6 = 0.0;
    var en7 = 0.0;
    var en8 = 0.0;
    var en9 = 0.0;
    var en10 = 0.0;
    var en11 = 0.0;
    var en12 = 0.0;
    var en13 = 0.0;
    var en14 = 0.0;
    var en15 = 0.0;
    for (var s = 0u; s < steps; s++) {
      let a0 = x[ra0 + s];
      let a1 = x[ra1 + s];
      let a2 = x[ra2 + s];
      let a3 = x[ra3 + s];
      let a4 = x[ra4 + s];
      let a5 = x[ra5 + s];
      let a6 = x[ra6 + s];
      let a7 = x[ra7 + s];
      let a8 = x[ra8 + s];
      let a9 = x[ra9 + s];
      let a10 = x[ra10 + s];
      let a11 = x[ra11 + s];
      let a12 = x[ra12 + s];
      let a13 = x[ra13 + s];
      let a14 = x[ra14 + s];
      let a15 = x[ra15 + s];
      let b0 = e[cb0 + s];
      en0 = fma(b0, b0, en0);
      let b1 = e[cb1 + s];
      en1 = fma(b1, b1, en1);
      let b2 = e[cb2 + s];
      en2 = fma(b2, b2, en2);
      let b3 = e[cb3 + s];
      en3 = fma(b3, b3, en3);
      let b4 = e[cb4 + s];
      en4 = fma(b4, b4, en4);
      let b5 = e[cb5 + s];
      en5 = fma(b5, b5, en5);
      let b6 = e[cb6 + s];
      en6 = fma(b6, b6, en6);
      let b7 = e[cb7 + s];
      en7 = fma(b7, b7, en7);
      let b8 = e[cb8 + s];
      en8 = fma(b8, b8, en8);
      let b9 = e[cb9 + s];
      en9 = fma(b9, b9, en9);
      let b10 = e[cb10 + s];
      en10 = fma(b10, b10, en10);
      let b11 = e[cb11 + s];
      en11 = fma(b11, b11, en11);
      let b12 = e[cb12 + s];
      en12 = fma(b12, b12, en12);
      let b13 = e[cb13 + s];
      en13 = fma(b13, b13, en13);
      let b14 = e[cb14 + s];
      en14 = fma(b14, b14, en14);
      let b15 = e[cb15 + s];
      en15 = fma(b15, b15, en15);
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
    }
    // ‖x‖² + ‖e‖² − 2 x·e (the seed's formula); codes come in increasing order, so a
    // strict < keeps the first minimum.
    { let dd = xn0 + en0 - 2.0 * acc0_0; if (dd < best0) { best0 = dd; bi0 = ci0; } }
    { let dd = xn0 + en1 - 2.0 * acc0_1; if (dd < best0) { best0 = dd; bi0 = ci1; } }
    { let dd = xn0 + en2 - 2.0 * acc0_2; if (dd < best0) { best0 = dd; bi0 = ci2; } }
    { let dd = xn0 + en3 - 2.0 * acc0_3; if (dd < best0) { best0 = dd; bi0 = ci3; } }
    { let dd = xn0 + en4 - 2.0 * acc0_4; if (dd < best0) { best0 = dd; bi0 = ci4; } }
    { let dd = xn0 + en5 - 2.0 * acc0_5; if (dd < best0) { best0 = dd; bi0 = ci5; } }
    { let dd = xn0 + en6 - 2.0 * acc0_6; if (dd < best0) { best0 = dd; bi0 = ci6; } }
    { let dd = xn0 + en7 - 2.0 * acc0_7; if (dd < best0) { best0 = dd; bi0 = ci7; } }
    { let dd = xn0 + en8 - 2.0 * acc0_8; if (dd < best0) { best0 = dd; bi0 = ci8; } }
    { let dd = xn0 + en9 - 2.0 * acc0_9; if (dd < best0) { best0 = dd; bi0 = ci9; } }
    { let dd = xn0 + en10 - 2.0 * acc0_10; if (dd < best0) { best0 = dd; bi0 = ci10; } }
    { let dd = xn0 + en11 - 2.0 * acc0_11; if (dd < best0) { best0 = dd; bi0 = ci11; } }
    { let dd = xn0 + en12 - 2.0 * acc0_12; if (dd < best0) { best0 = dd; bi0 = ci12; } }
    { let dd = xn0 + en13 - 2.0 * acc0_13; if (dd < best0) { best0 = dd; bi0 = ci13; } }
    { let dd = xn0 + en14 - 2.0 * acc0_14; if (dd < best0) { best0 = dd; bi0 = ci14; } }
    { let dd = xn0 + en15 - 2.0 * acc0_15; if (dd < best0) { best0 = dd; bi0 = ci15; } }
    { let dd = xn1 + en0 - 2.0 * acc1_0; if (dd < best1) { best1 = dd; bi1 = ci0; } }
    { let dd = xn1 + en1 - 2.0 * acc1_1; if (dd < best1) { best1 = dd; bi1 = ci1; } }
    { let dd = xn1 + en2 - 2.0 * acc1_2; if (dd < best1) { best1 = dd; bi1 = ci2; } }
    { let dd = xn1 + en3 - 2.0 * acc1_3; if (dd < best1) { best1 = dd; bi1 = ci3; } }
    { let dd = xn1 + en4 - 2.0 * acc1_4; if (dd < best1) { best1 = dd; bi1 = ci4; } }
    { let dd = xn1 + en5 - 2.0 * acc1_5; if (dd < best1) { best1 = dd; bi1 = ci5; } }
    { let dd = xn1 + en6 - 2.0 * acc1_6; if (dd < best1) { best1 = dd; bi1 = ci6; } }
    { let dd = xn1 + en7 - 2.0 * acc1_7; if (dd < best1) { best1 = dd; bi1 = ci7; } }
    { let dd = xn1 + en8 - 2.0 * acc1_8; if (dd < best1) { best1 = dd; bi1 = ci8; } }
    { let dd = xn1 + en9 - 2.0 * acc1_9; if (dd < best1) { best1 = dd; bi1 = ci9; } }
    { let dd = xn1 + en10 - 2.0 * acc1_10; if (dd < best1) { best1 = dd; bi1 = ci10; } }
    { let dd = xn1 + en11 - 2.0 * acc1_11; if (dd < best1) { best1 = dd; bi1 = ci11; } }
    { let dd = xn1 + en12 - 2.0 * acc1_12; if (dd < best1) { best1 = dd; bi1 = ci12; } }
    { let dd = xn1 + en13 - 2.0 * acc1_13; if (dd < best1) { best1 = dd; bi1 = ci13; } }
    { let dd = xn1 + en14 - 2.0 * acc1_14; if (dd < best1) { best1 = dd; bi1 = ci14; } }
    { let dd = xn1 + en15 - 2.0 * acc1_15; if (dd < best1) { best1 = dd; bi1 = ci15; } }
    { let dd = xn2 + en0 - 2.0 * acc2_0; if (dd < best2) { best2 = dd; bi2 = ci0; } }
    { let dd = xn2 + en1 - 2.0 * acc2_1; if (dd < best2) { best2 = dd; bi2 = ci1; } }
    { let dd = xn2 + en2 - 2.0 * acc2_2; if (dd < best2) { best2 = dd; bi2 = ci2; } }
    { let dd = xn2 + en3 - 2.0 * acc2_3; if (dd < best2) { best2 = dd; bi2 = ci3; } }
    { let dd = xn2 + en4 - 2.0 * acc2_4; if (dd < best2) { best2 = dd; bi2 = ci4; } }
    { let dd = xn2 + en5 - 2.0 * acc2_5; if (dd < best2) { best2 = dd; bi2 = ci5; } }
    { let dd = xn2 + en6 - 2.0 * acc2_6; if (dd < best2) { best2 = dd; bi2 = ci6; } }
    { let dd = xn2 + en7 - 2.0 * acc2_7; if (dd < best2) { best2 = dd; bi2 = ci7; } }
    { let dd = xn2 + en8 - 2.0 * acc2_8; if (dd < best2) { best2 = dd; bi2 = ci8; } }
    { let dd = xn2 + en9 - 2.0 * acc2_9; if (dd < best2) { best2 = dd; bi2 = ci9; } }
    { let dd = xn2 + en10 - 2.0 * acc2_10; if (dd < best2) { best2 = dd; bi2 = ci10; } }
    { let dd = xn2 + en11 - 2.0 * acc2_11; if (dd < best2) { best2 = dd; bi2 = ci11; } }
    { let dd = xn2 + en12 - 2.0 * acc2_12; if (dd < best2) { best2 = dd; bi2 = ci12; } }
    { let dd = xn2 + en13 - 2.0 * acc2_13; if (dd < best2) { best2 = dd; bi2 = ci13; } }
    { let dd = xn2 + en14 - 2.0 * acc2_14; if (dd < best2) { best2 = dd; bi2 = ci14; } }
    { let dd = xn2 + en15 - 2.0 * acc2_15; if (dd < best2) { best2 = dd; bi2 = ci15; } }
    { let dd = xn3 + en0 - 2.0 * acc3_0; if (dd < best3) { best3 = dd; bi3 = ci0; } }
    { let dd = xn3 + en1 - 2.0 * acc3_1; if (dd < best3) { best3 = dd; bi3 = ci1; } }
    { let dd = xn3 + en2 - 2.0 * acc3_2; if (dd < best3) { best3 = dd; bi3 = ci2; } }
    { let dd = xn3 + en3 - 2.0 * acc3_3; if (dd < best3) { best3 = dd; bi3 = ci3; } }
    { let dd = xn3 + en4 - 2.0 * acc3_4; if (dd < best3) { best3 = dd; bi3 = ci4; } }
    { let dd = xn3 + en5 - 2.0 * acc3_5; if (dd < best3) { best3 = dd; bi3 = ci5; } }
    { let dd = xn3 + en6 - 2.0 * acc3_6; if (dd < best3) { best3 = dd; bi3 = ci6; } }
    { let dd = xn3 + en7 - 2.0 * acc3_7; if (dd < best3) { best3 = dd; bi3 = ci7; } }
    { let dd = xn3 + en8 - 2.0 * acc3_8; if (dd < best3) { best3 = dd; bi3 = ci8; } }
    { let dd = xn3 + en9 - 2.0 * acc3_9; if (dd < best3) { best3 = dd; bi3 = ci9; } }
    { let dd = xn3 + en10 - 2.0 * acc3_10; if (dd < best3) { best3 = dd; bi3 = ci10; } }
    { let dd = xn3 + en11 - 2.0 * acc3_11; if (dd < best3) { best3 = dd; bi3 = ci11; } }
    { let dd = xn3 + en12 - 2.0 * acc3_12; if (dd < best3) { best3 = dd; bi3 = ci12; } }
    { let dd = xn3 + en13 - 2.0 * acc3_13; if (dd < best3) { best3 = dd; bi3 = ci13; } }
    { let dd = xn3 + en14 - 2.0 * acc3_14; if (dd < best3) { best3 = dd; bi3 = ci14; } }
    { let dd = xn3 + en15 - 2.0 * acc3_15; if (dd < best3) { best3 = dd; bi3 = ci15; } }
    { let dd = xn4 + en0 - 2.0 * acc4_0; if (dd < best4) { best4 = dd; bi4 = ci0; } }
    { let dd = xn4 + en1 - 2.0 * acc4_1; if (dd < best4) { best4 = dd; bi4 = ci1; } }
    { let dd = xn4 + en2 - 2.0 * acc4_2; if (dd < best4) { best4 = dd; bi4 = ci2; } }
    { let dd = xn4 + en3 - 2.0 * acc4_3; if (dd < best4) { best4 = dd; bi4 = ci3; } }
    { let dd = xn4 + en4 - 2.0 * acc4_4; if (dd < best4) { best4 = dd; bi4 = ci4; } }
    { let dd = xn4 + en5 - 2.0 * acc4_5; if (dd < best4) { best4 = dd; bi4 = ci5; } }
    { let dd = xn4 + en6 - 2.0 * acc4_6; if (dd < best4) { best4 = dd; bi4 = ci6; } }
    { let dd = xn4 + en7 - 2.0 * acc4_7; if (dd < best4) { best4 = dd; bi4 = ci7; } }
    { let dd = xn4 + en8 - 2.0 * acc4_8; if (dd < best4) { best4 = dd; bi4 = ci8; } }
    { let dd = xn4 + en9 - 2.0 * acc4_9; if (dd < best4) { best4 = dd; bi4 = ci9; } }
    { let dd = xn4 + en10 - 2.0 * acc4_10; if (dd < best4) { best4 = dd; bi4 = ci10; } }
    { let dd = xn4 + en11 - 2.0 * acc4_11; if (dd < best4) { best4 = dd; bi4 = ci11; } }
    { let dd = xn4 + en12 - 2.0 * acc4_12; if (dd < best4) { best4 = dd; bi4 = ci12; } }
    { let dd = xn4 + en13 - 2.0 * acc4_13; if (dd < best4) { best4 = dd; bi4 = ci13; } }
    { let dd = xn4 + en14 - 2.0 * acc4_14; if (dd < best4) { best4 = dd; bi4 = ci14; } }
    { let dd = xn4 + en15 - 2.0 * acc4_15; if (dd < best4) { best4 = dd; bi4 = ci15; } }
    { let dd = xn5 + en0 - 2.0 * acc5_0; if (dd < best5) { best5 = dd; bi5 = ci0; } }
    { let dd = xn5 + en1 - 2.0 * acc5_1; if (dd < best5) { best5 = dd; bi5 = ci1; } }
    { let dd = xn5 + en2 - 2.0 * acc5_2; if (dd < best5) { best5 = dd; bi5 = ci2; } }
    { let dd = xn5 + en3 - 2.0 * acc5_3; if (dd < best5) { best5 = dd; bi5 = ci3; } }
    { let dd = xn5 + en4 - 2.0 * acc5_4; if (dd < best5) { best5 = dd; bi5 = ci4; } }
    { let dd = xn5 + en5 - 2.0 * acc5_5; if (dd < best5) { best5 = dd; bi5 = ci5; } }
    { let dd = xn5 + en6 - 2.0 * acc5_6; if (dd < best5) { best5 = dd; bi5 = ci6; } }
    { let dd = xn5 + en7 - 2.0 * acc5_7; if (dd < best5) { best5 = dd; bi5 = ci7; } }
    { let dd = xn5 + en8 - 2.0 * acc5_8; if (dd < best5) { best5 = dd; bi5 = ci8; } }
    { let dd = xn5 + en9 - 2.0 * acc5_9; if (dd < best5) { best5 = dd; bi5 = ci9; } }
    { let dd = xn5 + en10 - 2.0 * acc5_10; if (dd < best5) { best5 = dd; bi5 = ci10; } }
    { let dd = xn5 + en11 - 2.0 * acc5_11; if (dd < best5) { best5 = dd; bi5 = ci11; } }
    { let dd = xn5 + en12 - 2.0 * acc5_12; if (dd < best5) { best5 = dd; bi5 = ci12; } }
    { let dd = xn5 + en13 - 2.0 * acc5_13; if (dd < best5) { best5 = dd; bi5 = ci13; } }
    { let dd = xn5 + en14 - 2.0 * acc5_14; if (dd < best5) { best5 = dd; bi5 = ci14; } }
    { let dd = xn5 + en15 - 2.0 * acc5_15; if (dd < best5) { best5 = dd; bi5 = ci15; } }
    { let dd = xn6 + en0 - 2.0 * acc6_0; if (dd < best6) { best6 = dd; bi6 = ci0; } }
    { let dd = xn6 + en1 - 2.0 * acc6_1; if (dd < best6) { best6 = dd; bi6 = ci1; } }
    { let dd = xn6 + en2 - 2.0 * acc6_2; if (dd < best6) { best6 = dd; bi6 = ci2; } }
    { let dd = xn6 + en3 - 2.0 * acc6_3; if (dd < best6) { best6 = dd; bi6 = ci3; } }
    { let dd = xn6 + en4 - 2.0 * acc6_4; if (dd < best6) { best6 = dd; bi6 = ci4; } }
    { let dd = xn6 + en5 - 2.0 * acc6_5; if (dd < best6) { best6 = dd; bi6 = ci5; } }
    { let dd = xn6 + en6 - 2.0 * acc6_6; if (dd < best6) { best6 = dd; bi6 = ci6; } }
    { let dd = xn6 + en7 - 2.0 * acc6_7; if (dd < best6) { best6 = dd; bi6 = ci7; } }
    { let dd = xn6 + en8 - 2.0 * acc6_8; if (dd < best6) { best6 = dd; bi6 = ci8; } }
    { let dd = xn6 + en9 - 2.0 * acc6_9; if (dd < best6) { best6 = dd; bi6 = ci9; } }
    { let dd = xn6 + en10 - 2.0 * acc6_10; if (dd < best6) { best6 = dd; bi6 = ci10; } }
    { let dd = xn6 + en11 - 2.0 * acc6_11; if (dd < best6) { best6 = dd; bi6 = ci11; } }
    { let dd = xn6 + en12 - 2.0 * acc6_12; if (dd < best6) { best6 = dd; bi6 = ci12; } }
    { let dd = xn6 + en13 - 2.0 * acc6_13; if (dd < best6) { best6 = dd; bi6 = ci13; } }
    { let dd = xn6 + en14 - 2.0 * acc6_14; if (dd < best6) { best6 = dd; bi6 = ci14; } }
    { let dd = xn6 + en15 - 2.0 * acc6_15; if (dd < best6) { best6 = dd; bi6 = ci15; } }
    { let dd = xn7 + en0 - 2.0 * acc7_0; if (dd < best7) { best7 = dd; bi7 = ci0; } }
    { let dd = xn7 + en1 - 2.0 * acc7_1; if (dd < best7) { best7 = dd; bi7 = ci1; } }
    { let dd = xn7 + en2 - 2.0 * acc7_2; if (dd < best7) { best7 = dd; bi7 = ci2; } }
    { let dd = xn7 + en3 - 2.0 * acc7_3; if (dd < best7) { best7 = dd; bi7 = ci3; } }
    { let dd = xn7 + en4 - 2.0 * acc7_4; if (dd < best7) { best7 = dd; bi7 = ci4; } }
    { let dd = xn7 + en5 - 2.0 * acc7_5; if (dd < best7) { best7 = dd; bi7 = ci5; } }
    { let dd = xn7 + en6 - 2.0 * acc7_6; if (dd < best7) { best7 = dd; bi7 = ci6; } }
    { let dd = xn7 + en7 - 2.0 * acc7_7; if (dd < best7) { best7 = dd; bi7 = ci7; } }
    { let dd = xn7 + en8 - 2.0 * acc7_8; if (dd < best7) { best7 = dd; bi7 = ci8; } }
    { let dd = xn7 + en9 - 2.0 * acc7_9; if (dd < best7) { best7 = dd; bi7 = ci9; } }
    { let dd = xn7 + en10 - 2.0 * acc7_10; if (dd < best7) { best7 = dd; bi7 = ci10; } }
    { let dd = xn7 + en11 - 2.0 * acc7_11; if (dd < best7) { best7 = dd; bi7 = ci11; } }
    { let dd = xn7 + en12 - 2.0 * acc7_12; if (dd < best7) { best7 = dd; bi7 = ci12; } }
    { let dd = xn7 + en13 - 2.0 * acc7_13; if (dd < best7) { best7 = dd; bi7 = ci13; } }
    { let dd = xn7 + en14 - 2.0 * acc7_14; if (dd < best7) { best7 = dd; bi7 = ci14; } }
    { let dd = xn7 + en15 - 2.0 * acc7_15; if (dd < best7) { best7 = dd; bi7 = ci15; } }
    { let dd = xn8 + en0 - 2.0 * acc8_0; if (dd < best8) { best8 = dd; bi8 = ci0; } }
    { let dd = xn8 + en1 - 2.0 * acc8_1; if (dd < best8) { best8 = dd; bi8 = ci1; } }
    { let dd = xn8 + en2 - 2.0 * acc8_2; if (dd < best8) { best8 = dd; bi8 = ci2; } }
    { let dd = xn8 + en3 - 2.0 * acc8_3; if (dd < best8) { best8 = dd; bi8 = ci3; } }
    { let dd = xn8 + en4 - 2.0 * acc8_4; if (dd < best8) { best8 = dd; bi8 = ci4; } }
    { let dd = xn8 + en5 - 2.0 * acc8_5; if (dd < best8) { best8 = dd; bi8 = ci5; } }
    { let dd = xn8 + en6 - 2.0 * acc8_6; if (dd < best8) { best8 = dd; bi8 = ci6; } }
    { let dd = xn8 + en7 - 2.0 * acc8_7; if (dd < best8) { best8 = dd; bi8 = ci7; } }
    { let dd = xn8 + en8 - 2.0 * acc8_8; if (dd < best8) { best8 = dd; bi8 = ci8; } }
    { let dd = xn8 + en9 - 2.0 * acc8_9; if (dd < best8) { best8 = dd; bi8 = ci9; } }
    { let dd = xn8 + en10 - 2.0 * acc8_10; if (dd < best8) { best8 = dd; bi8 = ci10; } }
    { let dd = xn8 + en11 - 2.0 * acc8_11; if (dd < best8) { best8 = dd; bi8 = ci11; } }
    { let dd = xn8 + en12 - 2.0 * acc8_12; if (dd < best8) { best8 = dd; bi8 = ci12; } }
    { let dd = xn8 + en13 - 2.0 * acc8_13; if (dd < best8) { best8 = dd; bi8 = ci13; } }
    { let dd = xn8 + en14 - 2.0 * acc8_14; if (dd < best8) { best8 = dd; bi8 = ci14; } }
    { let dd = xn8 + en15 - 2.0 * acc8_15; if (dd < best8) { best8 = dd; bi8 = ci15; } }
    { let dd = xn9 + en0 - 2.0 * acc9_0; if (dd < best9) { best9 = dd; bi9 = ci0; } }
    { let dd = xn9 + en1 - 2.0 * acc9_1; if (dd < best9) { best9 = dd; bi9 = ci1; } }
    { let dd = xn9 + en2 - 2.0 * acc9_2; if (dd < best9) { best9 = dd; bi9 = ci2; } }
    { let dd = xn9 + en3 - 2.0 * acc9_3; if (dd < best9) { best9 = dd; bi9 = ci3; } }
    { let dd = xn9 + en4 - 2.0 * acc9_4; if (dd < best9) { best9 = dd; bi9 = ci4; } }
    { let dd = xn9 + en5 - 2.0 * acc9_5; if (dd < best9) { best9 = dd; bi9 = ci5; } }
    { let dd = xn9 + en6 - 2.0 * acc9_6; if (dd < best9) { best9 = dd; bi9 = ci6; } }
    { let dd = xn9 + en7 - 2.0 * acc9_7; if (dd < best9) { best9 = dd; bi9 = ci7; } }
    { let dd = xn9 + en8 - 2.0 * acc9_8; if (dd < best9) { best9 = dd; bi9 = ci8; } }
    { let dd = xn9 + en9 - 2.0 * acc9_9; if (dd < best9) { best9 = dd; bi9 = ci9; } }
    { let dd = xn9 + en10 - 2.0 * acc9_10; if (dd < best9) { best9 = dd; bi9 = ci10; } }
    { let dd = xn9 + en11 - 2.0 * acc9_11; if (dd < best9) { best9 = dd; bi9 = ci11; } }
    { let dd = xn9 + en12 - 2.0 * acc9_12; if (dd < best9) { best9 = dd; bi9 = ci12; } }
    { let dd = xn9 + en13 - 2.0 * acc9_13; if (dd < best9) { best9 = dd; bi9 = ci13; } }
    { let dd = xn9 + en14 - 2.0 * acc9_14; if (dd < best9) { best9 = dd; bi9 = ci14; } }
    { let dd = xn9 + en15 - 2.0 * acc9_15; if (dd < best9) { best9 = dd; bi9 = ci15; } }
    { let dd = xn10 + en0 - 2.0 * acc10_0; if (dd < best10) { best10 = dd; bi10 = ci0; } }
    { let dd = xn10 + en1 - 2.0 * acc10_1; if (dd < best10) { best10 = dd; bi10 = ci1; } }
    { let dd = xn10 + en2 - 2.0 * acc10_2; if (dd < best10) { best10 = dd; bi10 = ci2; } }
    { let dd = xn10 + en3 - 2.0 * acc10_3; if (dd < best10) { best10 = dd; bi10 = ci3; } }
    { let dd = xn10 + en4 - 2.0 * acc10_4; if (dd < best10) { best10 = dd; bi10 = ci4; } }
    { let dd = xn10 + en5 - 2.0 * acc10_5; if (dd < best10) { best10 = dd; bi10 = ci5; } }
    { let dd = xn10 + en6 - 2.0 * acc10_6; if (dd < best10) { best10 = dd; bi10 = ci6; } }
    { let dd = xn10 + en7 - 2.0 * acc10_7; if (dd < best10) { best10 = dd; bi10 = ci7; } }
    { let dd = xn10 + en8 - 2.0 * acc10_8; if (dd < best10) { best10 = dd; bi10 = ci8; } }
    { let dd = xn10 + en9 - 2.0 * acc10_9; if (dd < best10) { best10 = dd; bi10 = ci9; } }
    { let dd = xn10 + en10 - 2.0 * acc10_10; if (dd < best10) { best10 = dd; bi10 = ci10; } }
    { let dd = xn10 + en11 - 2.0 * acc10_11; if (dd < best10) { best10 = dd; bi10 = ci11; } }
    { let dd = xn10 + en12 - 2.0 * acc10_12; if (dd < best10) { best10 = dd; bi10 = ci12; } }
    { let dd = xn10 + en13 - 2.0 * acc10_13; if (dd < best10) { best10 = dd; bi10 = ci13; } }
    { let dd = xn10 + en14 - 2.0 * acc10_14; if (dd < best10) { best10 = dd; bi10 = ci14; } }
    { let dd = xn10 + en15 - 2.0 * acc10_15; if (dd < best10) { best10 = dd; bi10 = ci15; } }
    { let dd = xn11 + en0 - 2.0 * acc11_0; if (dd < best11) { best11 = dd; bi11 = ci0; } }
    { let dd = xn11 + en1 - 2.0 * acc11_1; if (dd < best11) { best11 = dd; bi11 = ci1; } }
    { let dd = xn11 + en2 - 2.0 * acc11_2; if (dd < best11) { best11 = dd; bi11 = ci2; } }
    { let dd = xn11 + en3 - 2.0 * acc11_3; if (dd < best11) { best11 = dd; bi11 = ci3; } }
    { let dd = xn11 + en4 - 2.0 * acc11_4; if (dd < best11) { best11 = dd; bi11 = ci4; } }
    { let dd = xn11 + en5 - 2.0 * acc11_5; if (dd < best11) { best11 = dd; bi11 = ci5; } }
    { let dd = xn11 + en6 - 2.0 * acc11_6; if (dd < best11) { best11 = dd; bi11 = ci6; } }
    { let dd = xn11 + en7 - 2.0 * acc11_7; if (dd < best11) { best11 = dd; bi11 = ci7; } }
    { let dd = xn11 + en8 - 2.0 * acc11_8; if (dd < best11) { best11 = dd; bi11 = ci8; } }
    { let dd = xn11 + en9 - 2.0 * acc11_9; if (dd < best11) { best11 = dd; bi11 = ci9; } }
    { let dd = xn11 + en10 - 2.0 * acc11_10; if (dd < best11) { best11 = dd; bi11 = ci10; } }
    { let dd = xn11 + en11 - 2.0 * acc11_11; if (dd < best11) { best11 = dd; bi11 = ci11; } }
    { let dd = xn11 + en12 - 2.0 * acc11_12; if (dd < best11) { best11 = dd; bi11 = ci12; } }
    { let dd = xn11 + en13 - 2.0 * acc11_13; if (dd < best11) { best11 = dd; bi11 = ci13; } }
    { let dd = xn11 + en14 - 2.0 * acc11_14; if (dd < best11) { best11 = dd; bi11 = ci14; } }
    { let dd = xn11 + en15 - 2.0 * acc11_15; if (dd < best11) { best11 = dd; bi11 = ci15; } }
    { let dd = xn12 + en0 - 2.0 * acc12_0; if (dd < best12) { best12 = dd; bi12 = ci0; } }
    { let dd = xn12 + en1 - 2.0 * acc12_1; if (dd < best12) { best12 = dd; bi12 = ci1; } }
    { let dd = xn12 + en2 - 2.0 * acc12_2; if (dd < best12) { best12 = dd; bi12 = ci2; } }
    { let dd = xn12 + en3 - 2.0 * acc12_3; if (dd < best12) { best12 = dd; bi12 = ci3; } }
    { let dd = xn12 + en4 - 2.0 * acc12_4; if (dd < best12) { best12 = dd; bi12 = ci4; } }
    { let dd = xn12 + en5 - 2.0 * acc12_5; if (dd < best12) { best12 = dd; bi12 = ci5; } }
    { let dd = xn12 + en6 - 2.0 * acc12_6; if (dd < best12) { best12 = dd; bi12 = ci6; } }
    { let dd = xn12 + en7 - 2.0 * acc12_7; if (dd < best12) { best12 = dd; bi12 = ci7; } }
    { let dd = xn12 + en8 - 2.0 * acc12_8; if (dd < best12) { best12 = dd; bi12 = ci8; } }
    { let dd = xn12 + en9 - 2.0 * acc12_9; if (dd < best12) { best12 = dd; bi12 = ci9; } }
    { let dd = xn12 + en10 - 2.0 * acc12_10; if (dd < best12) { best12 = dd; bi12 = ci10; } }
    { let dd = xn12 + en11 - 2.0 * acc12_11; if (dd < best12) { best12 = dd; bi12 = ci11; } }
    { let dd = xn12 + en12 - 2.0 * acc12_12; if (dd < best12) { best12 = dd; bi12 = ci12; } }
    { let dd = xn12 + en13 - 2.0 * acc12_13; if (dd < best12) { best12 = dd; bi12 = ci13; } }
    { let dd = xn12 + en14 - 2.0 * acc12_14; if (dd < best12) { best12 = dd; bi12 = ci14; } }
    { let dd = xn12 + en15 - 2.0 * acc12_15; if (dd < best12) { best12 = dd; bi12 = ci15; } }
    { let dd = xn13 + en0 - 2.0 * acc13_0; if (dd < best13) { best13 = dd; bi13 = ci0; } }
    { let dd = xn13 + en1 - 2.0 * acc13_1; if (dd < best13) { best13 = dd; bi13 = ci1; } }
    { let dd = xn13 + en2 - 2.0 * acc13_2; if (dd < best13) { best13 = dd; bi13 = ci2; } }
    { let dd = xn13 + en3 - 2.0 * acc13_3; if (dd < best13) { best13 = dd; bi13 = ci3; } }
    { let dd = xn13 + en4 - 2.0 * acc13_4; if (dd < best13) { best13 = dd; bi13 = ci4; } }
    { let dd = xn13 + en5 - 2.0 * acc13_5; if (dd < best13) { best13 = dd; bi13 = ci5; } }
    { let dd = xn13 + en6 - 2.0 * acc13_6; if (dd < best13) { best13 = dd; bi13 = ci6; } }
    { let dd = xn13 + en7 - 2.0 * acc13_7; if (dd < best13) { best13 = dd; bi13 = ci7; } }
    { let dd = xn13 + en8 - 2.0 * acc13_8; if (dd < best13) { best13 = dd; bi13 = ci8; } }
    { let dd = xn13 + en9 - 2.0 * acc13_9; if (dd < best13) { best13 = dd; bi13 = ci9; } }
    { let dd = xn13 + en10 - 2.0 * acc13_10; if (dd < best13) { best13 = dd; bi13 = ci10; } }
    { let dd = xn13 + en11 - 2.0 * acc13_11; if (dd < best13) { best13 = dd; bi13 = ci11; } }
    { let dd = xn13 + en12 - 2.0 * acc13_12; if (dd < best13) { best13 = dd; bi13 = ci12; } }
    { let dd = xn13 + en13 - 2.0 * acc13_13; if (dd < best13) { best13 = dd; bi13 = ci13; } }
    { let dd = xn13 + en14 - 2.0 * acc13_14; if (dd < best13) { best13 = dd; bi13 = ci14; } }
    { let dd = xn13 + en15 - 2.0 * acc13_15; if (dd < best13) { best13 = dd; bi13 = ci15; } }
    { let dd = xn14 + en0 - 2.0 * acc14_0; if (dd < best14) { best14 = dd; bi14 = ci0; } }
    { let dd = xn14 + en1 - 2.0 * acc14_1; if (dd < best14) { best14 = dd; bi14 = ci1; } }
    { let dd = xn14 + en2 - 2.0 * acc14_2; if (dd < best14) { best14 = dd; bi14 = ci2; } }
    { let dd = xn14 + en3 - 2.0 * acc14_3; if (dd < best14) { best14 = dd; bi14 = ci3; } }
    { let dd = xn14 + en4 - 2.0 * acc14_4; if (dd < best14) { best14 = dd; bi14 = ci4; } }
    { let dd = xn14 + en5 - 2.0 * acc14_5; if (dd < best14) { best14 = dd; bi14 = ci5; } }
    { let dd = xn14 + en6 - 2.0 * acc14_6; if (dd < best14) { best14 = dd; bi14 = ci6; } }
    { let dd = xn14 + en7 - 2.0 * acc14_7; if (dd < best14) { best14 = dd; bi14 = ci7; } }
    { let dd = xn14 + en8 - 2.0 * acc14_8; if (dd < best14) { best14 = dd; bi14 = ci8; } }
    { let dd = xn14 + en9 - 2.0 * acc14_9; if (dd < best14) { best14 = dd; bi14 = ci9; } }
    { let dd = xn14 + en10 - 2.0 * acc14_10; if (dd < best14) { best14 = dd; bi14 = ci10; } }
    { let dd = xn14 + en11 - 2.0 * acc14_11; if (dd < best14) { best14 = dd; bi14 = ci11; } }
    { let dd = xn14 + en12 - 2.0 * acc14_12; if (dd < best14) { best14 = dd; bi14 = ci12; } }
    { let dd = xn14 + en13 - 2.0 * acc14_13; if (dd < best14) { best14 = dd; bi14 = ci13; } }
    { let dd = xn14 + en14 - 2.0 * acc14_14; if (dd < best14) { best14 = dd; bi14 = ci14; } }
    { let dd = xn14 + en15 - 2.0 * acc14_15; if (dd < best14) { best14 = dd; bi14 = ci15; } }
    { let dd = xn15 + en0 - 2.0 * acc15_0; if (dd < best15) { best15 = dd; bi15 = ci0; } }
    { let dd = xn15 + en1 - 2.0 * acc15_1; if (dd < best15) { best15 = dd; bi15 = ci1; } }
    { let dd = xn15 + en2 - 2.0 * acc15_2; if (dd < best15) { best15 = dd; bi15 = ci2; } }
    { let dd = xn15 + en3 - 2.0 * acc15_3; if (dd < best15) { best15 = dd; bi15 = ci3; } }
    { let dd = xn15 + en4 - 2.0 * acc15_4; if (dd < best15) { best15 = dd; bi15 = ci4; } }
    { let dd = xn15 + en5 - 2.0 * acc15_5; if (dd < best15) { best15 = dd; bi15 = ci5; } }
    { let dd = xn15 + en6 - 2.0 * acc15_6; if (dd < best15) { best15 = dd; bi15 = ci6; } }
    { let dd = xn15 + en7 - 2.0 * acc15_7; if (dd < best15) { best15 = dd; bi15 = ci7; } }
    { let dd = xn15 + en8 - 2.0 * acc15_8; if (dd < best15) { best15 = dd; bi15 = ci8; } }
    { let dd = xn15 + en9 - 2.0 * acc15_9; if (dd < best15) { best15 = dd; bi15 = ci9; } }
    { let dd = xn15 + en10 - 2.0 * acc15_10; if (dd < best15) { best15 = dd; bi15 = ci10; } }
    { let dd = xn15 + en11 - 2.0 * acc15_11; if (dd < best15) { best15 = dd; bi15 = ci11; } }
    { let dd = xn15 + en12 - 2.0 * acc15_12; if (dd < best15) { best15 = dd; bi15 = ci12; } }
    { let dd = xn15 + en13 - 2.0 * acc15_13; if (dd < best15) { best15 = dd; bi15 = ci13; } }
    { let dd = xn15 + en14 - 2.0 * acc15_14; if (dd < best15) { best15 = dd; bi15 = ci14; } }
    { let dd = xn15 + en15 - 2.0 * acc15_15; if (dd < best15) { best15 = dd; bi15 = ci15; } }
  }
  // Merge the lanes that share a row: smallest distance, then smallest index.
  best_d[lid.x * 128u + lid.y * 16u + 0u] = best0;
  best_i[lid.x * 128u + lid.y * 16u + 0u] = bi0;
  best_d[lid.x * 128u + lid.y * 16u + 1u] = best1;
  best_i[lid.x * 128u + lid.y * 16u + 1u] = bi1;
  best_d[lid.x * 128u + lid.y * 16u + 2u] = best2;
  best_i[lid.x * 128u + lid.y * 16u + 2u] = bi2;
  best_d[lid.x * 128u + lid.y * 16u + 3u] = best3;
  best_i[lid.x * 128u + lid.y * 16u + 3u] = bi3;
  best_d[lid.x * 128u + lid.y * 16u + 4u] = best4;
  best_i[lid.x * 128u + lid.y * 16u + 4u] = bi4;
  best_d[lid.x * 128u + lid.y * 16u + 5u] = best5;
  best_i[lid.x * 128u + lid.y * 16u + 5u] = bi5;
  best_d[lid.x * 128u + lid.y * 16u + 6u] = best6;
  best_i[lid.x * 128u + lid.y * 16u + 6u] = bi6;
  best_d[lid.x * 128u + lid.y * 16u + 7u] = best7;
  best_i[lid.x * 128u + lid.y * 16u + 7u] = bi7;
  best_d[lid.x * 128u + lid.y * 16u + 8u] = best8;
  best_i[lid.x * 128u + lid.y * 16u + 8u] = bi8;
  best_d[lid.x * 128u + lid.y * 16u + 9u] = best9;
  best_i[lid.x * 128u + lid.y * 16u + 9u] = bi9;
  best_d[lid.x * 128u + lid.y * 16u + 10u] = best10;
  best_i[lid.x * 128u + lid.y * 16u + 10u] = bi10;
  best_d[lid.x * 128u + lid.y * 16u + 11u] = best11;
  best_i[lid.x * 128u + lid.y * 16u + 11u] = bi11;
  best_d[lid.x * 128u + lid.y * 16u + 12u] = best12;
  best_i[lid.x * 128u + lid.y * 16u + 12u] = bi12;
  best_d[lid.x * 128u + lid.y * 16u + 13u] = best13;
  best_i[lid.x * 128u + lid.y * 16u + 13u] = bi13;
  best_d[lid.x * 128u + lid.y * 16u + 14u] = best14;
  best_i[lid.x * 128u + lid.y * 16u + 14u] = bi14;
  best_d[lid.x * 128u + lid.y * 16u + 15u] = best15;
  best_i[lid.x * 128u + lid.y * 16u + 15u] = bi15;
  workgroupBarrier();
  for (var r = li; r < 128u; r += 64u) {
    var d = best_d[r];
    var k = best_i[r];
    for (var l = 1u; l < 8u; l++) {
      let dl = best_d[l * 128u + r];
      let kl = best_i[l * 128u + r];
      if (dl < d || (dl == d && kl < k)) { d = dl; k = kl; }
    }
    if (wg_row0 + r < p.n) { out[wg_row0 + r] = k; }
  }
}

// D % 4 == 0: vec4 loads along D.
@compute @workgroup_size(8, 8, 1)
fn nearest_code_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
      @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let wg_row0 = (wg.x + wg.y * nwg.x) * 128u;
  let row0 = wg_row0 + lid.y * 16u;
  let steps = p.d / 4u;
  // Rows past N repeat row N-1 (their results are never stored).
  let ra0 = min(row0 + 0u, p.n - 1u) * steps;
  let ra1 = min(row0 + 1u, p.n - 1u) * steps;
  let ra2 = min(row0 + 2u, p.n - 1u) * steps;
  let ra3 = min(row0 + 3u, p.n - 1u) * steps;
  let ra4 = min(row0 + 4u, p.n - 1u) * steps;
  let ra5 = min(row0 + 5u, p.n - 1u) * steps;
  let ra6 = min(row0 + 6u, p.n - 1u) * steps;
  let ra7 = min(row0 + 7u, p.n - 1u) * steps;
  let ra8 = min(row0 + 8u, p.n - 1u) * steps;
  let ra9 = min(row0 + 9u, p.n - 1u) * steps;
  let ra10 = min(row0 + 10u, p.n - 1u) * steps;
  let ra11 = min(row0 + 11u, p.n - 1u) * steps;
  let ra12 = min(row0 + 12u, p.n - 1u) * steps;
  let ra13 = min(row0 + 13u, p.n - 1u) * steps;
  let ra14 = min(row0 + 14u, p.n - 1u) * steps;
  let ra15 = min(row0 + 15u, p.n - 1u) * steps;
  // ‖x_i‖², summed in the same order as the dot products below.
  var xn0 = 0.0;
  var xn1 = 0.0;
  var xn2 = 0.0;
  var xn3 = 0.0;
  var xn4 = 0.0;
  var xn5 = 0.0;
  var xn6 = 0.0;
  var xn7 = 0.0;
  var xn8 = 0.0;
  var xn9 = 0.0;
  var xn10 = 0.0;
  var xn11 = 0.0;
  var xn12 = 0.0;
  var xn13 = 0.0;
  var xn14 = 0.0;
  var xn15 = 0.0;
  for (var s = 0u; s < steps; s++) {
    let a0 = x4[ra0 + s];
    xn0 = fma(a0.w, a0.w, fma(a0.z, a0.z, fma(a0.y, a0.y, fma(a0.x, a0.x, xn0))));
    let a1 = x4[ra1 + s];
    xn1 = fma(a1.w, a1.w, fma(a1.z, a1.z, fma(a1.y, a1.y, fma(a1.x, a1.x, xn1))));
    let a2 = x4[ra2 + s];
    xn2 = fma(a2.w, a2.w, fma(a2.z, a2.z, fma(a2.y, a2.y, fma(a2.x, a2.x, xn2))));
    let a3 = x4[ra3 + s];
    xn3 = fma(a3.w, a3.w, fma(a3.z, a3.z, fma(a3.y, a3.y, fma(a3.x, a3.x, xn3))));
    let a4 = x4[ra4 + s];
    xn4 = fma(a4.w, a4.w, fma(a4.z, a4.z, fma(a4.y, a4.y, fma(a4.x, a4.x, xn4))));
    let a5 = x4[ra5 + s];
    xn5 = fma(a5.w, a5.w, fma(a5.z, a5.z, fma(a5.y, a5.y, fma(a5.x, a5.x, xn5))));
    let a6 = x4[ra6 + s];
    xn6 = fma(a6.w, a6.w, fma(a6.z, a6.z, fma(a6.y, a6.y, fma(a6.x, a6.x, xn6))));
    let a7 = x4[ra7 + s];
    xn7 = fma(a7.w, a7.w, fma(a7.z, a7.z, fma(a7.y, a7.y, fma(a7.x, a7.x, xn7))));
    let a8 = x4[ra8 + s];
    xn8 = fma(a8.w, a8.w, fma(a8.z, a8.z, fma(a8.y, a8.y, fma(a8.x, a8.x, xn8))));
    let a9 = x4[ra9 + s];
    xn9 = fma(a9.w, a9.w, fma(a9.z, a9.z, fma(a9.y, a9.y, fma(a9.x, a9.x, xn9))));
    let a10 = x4[ra10 + s];
    xn10 = fma(a10.w, a10.w, fma(a10.z, a10.z, fma(a10.y, a10.y, fma(a10.x, a10.x, xn10))));
    let a11 = x4[ra11 + s];
    xn11 = fma(a11.w, a11.w, fma(a11.z, a11.z, fma(a11.y, a11.y, fma(a11.x, a11.x, xn11))));
    let a12 = x4[ra12 + s];
    xn12 = fma(a12.w, a12.w, fma(a12.z, a12.z, fma(a12.y, a12.y, fma(a12.x, a12.x, xn12))));
    let a13 = x4[ra13 + s];
    xn13 = fma(a13.w, a13.w, fma(a13.z, a13.z, fma(a13.y, a13.y, fma(a13.x, a13.x, xn13))));
    let a14 = x4[ra14 + s];
    xn14 = fma(a14.w, a14.w, fma(a14.z, a14.z, fma(a14.y, a14.y, fma(a14.x, a14.x, xn14))));
    let a15 = x4[ra15 + s];
    xn15 = fma(a15.w, a15.w, fma(a15.z, a15.z, fma(a15.y, a15.y, fma(a15.x, a15.x, xn15))));
  }
  var best0 = 3.402823e38;
  var bi0 = 0u;
  var best1 = 3.402823e38;
  var bi1 = 0u;
  var best2 = 3.402823e38;
  var bi2 = 0u;
  var best3 = 3.402823e38;
  var bi3 = 0u;
  var best4 = 3.402823e38;
  var bi4 = 0u;
  var best5 = 3.402823e38;
  var bi5 = 0u;
  var best6 = 3.402823e38;
  var bi6 = 0u;
  var best7 = 3.402823e38;
  var bi7 = 0u;
  var best8 = 3.402823e38;
  var bi8 = 0u;
  var best9 = 3.402823e38;
  var bi9 = 0u;
  var best10 = 3.402823e38;
  var bi10 = 0u;
  var best11 = 3.402823e38;
  var bi11 = 0u;
  var best12 = 3.402823e38;
  var bi12 = 0u;
  var best13 = 3.402823e38;
  var bi13 = 0u;
  var best14 = 3.402823e38;
  var bi14 = 0u;
  var best15 = 3.402823e38;
  var bi15 = 0u;
  for (var c0 = lid.x * 16u; c0 < p.k; c0 += 128u) {
    // Codes past K repeat code K-1 with its own index: a tie with itself changes nothing.
    let ci0 = min(c0 + 0u, p.k - 1u);
    let cb0 = ci0 * steps;
    let ci1 = min(c0 + 1u, p.k - 1u);
    let cb1 = ci1 * steps;
    let ci2 = min(c0 + 2u, p.k - 1u);
    let cb2 = ci2 * steps;
    let ci3 = min(c0 + 3u, p.k - 1u);
    let cb3 = ci3 * steps;
    let ci4 = min(c0 + 4u, p.k - 1u);
    let cb4 = ci4 * steps;
    let ci5 = min(c0 + 5u, p.k - 1u);
    let cb5 = ci5 * steps;
    let ci6 = min(c0 + 6u, p.k - 1u);
    let cb6 = ci6 * steps;
    let ci7 = min(c0 + 7u, p.k - 1u);
    let cb7 = ci7 * steps;
    let ci8 = min(c0 + 8u, p.k - 1u);
    let cb8 = ci8 * steps;
    let ci9 = min(c0 + 9u, p.k - 1u);
    let cb9 = ci9 * steps;
    let ci10 = min(c0 + 10u, p.k - 1u);
    let cb10 = ci10 * steps;
    let ci11 = min(c0 + 11u, p.k - 1u);
    let cb11 = ci11 * steps;
    let ci12 = min(c0 + 12u, p.k - 1u);
    let cb12 = ci12 * steps;
    let ci13 = min(c0 + 13u, p.k - 1u);
    let cb13 = ci13 * steps;
    let ci14 = min(c0 + 14u, p.k - 1u);
    let cb14 = ci14 * steps;
    let ci15 = min(c0 + 15u, p.k - 1u);
    let cb15 = ci15 * steps;
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
    var en0 = 0.0;
    var en1 = 0.0;
    var en2 = 0.0;
    var en3 = 0.0;
    var en4 = 0.0;
    var en5 = 0.0;
    var en6 = 0.0;
    var en7 = 0.0;
    var en8 = 0.0;
    var en9 = 0.0;
    var en10 = 0.0;
    var en11 = 0.0;
    var en12 = 0.0;
    var en13 = 0.0;
    var en14 = 0.0;
    var en15 = 0.0;
    for (var s = 0u; s < steps; s++) {
      let a0 = x4[ra0 + s];
      let a1 = x4[ra1 + s];
      let a2 = x4[ra2 + s];
      let a3 = x4[ra3 + s];
      let a4 = x4[ra4 + s];
      let a5 = x4[ra5 + s];
      let a6 = x4[ra6 + s];
      let a7 = x4[ra7 + s];
      let a8 = x4[ra8 + s];
      let a9 = x4[ra9 + s];
      let a10 = x4[ra10 + s];
      let a11 = x4[ra11 + s];
      let a12 = x4[ra12 + s];
      let a13 = x4[ra13 + s];
      let a14 = x4[ra14 + s];
      let a15 = x4[ra15 + s];
      let b0 = e4[cb0 + s];
      en0 = fma(b0.w, b0.w, fma(b0.z, b0.z, fma(b0.y, b0.y, fma(b0.x, b0.x, en0))));
      let b1 = e4[cb1 + s];
      en1 = fma(b1.w, b1.w, fma(b1.z, b1.z, fma(b1.y, b1.y, fma(b1.x, b1.x, en1))));
      let b2 = e4[cb2 + s];
      en2 = fma(b2.w, b2.w, fma(b2.z, b2.z, fma(b2.y, b2.y, fma(b2.x, b2.x, en2))));
      let b3 = e4[cb3 + s];
      en3 = fma(b3.w, b3.w, fma(b3.z, b3.z, fma(b3.y, b3.y, fma(b3.x, b3.x, en3))));
      let b4 = e4[cb4 + s];
      en4 = fma(b4.w, b4.w, fma(b4.z, b4.z, fma(b4.y, b4.y, fma(b4.x, b4.x, en4))));
      let b5 = e4[cb5 + s];
      en5 = fma(b5.w, b5.w, fma(b5.z, b5.z, fma(b5.y, b5.y, fma(b5.x, b5.x, en5))));
      let b6 = e4[cb6 + s];
      en6 = fma(b6.w, b6.w, fma(b6.z, b6.z, fma(b6.y, b6.y, fma(b6.x, b6.x, en6))));
      let b7 = e4[cb7 + s];
      en7 = fma(b7.w, b7.w, fma(b7.z, b7.z, fma(b7.y, b7.y, fma(b7.x, b7.x, en7))));
      let b8 = e4[cb8 + s];
      en8 = fma(b8.w, b8.w, fma(b8.z, b8.z, fma(b8.y, b8.y, fma(b8.x, b8.x, en8))));
      let b9 = e4[cb9 + s];
      en9 = fma(b9.w, b9.w, fma(b9.z, b9.z, fma(b9.y, b9.y, fma(b9.x, b9.x, en9))));
      let b10 = e4[cb10 + s];
      en10 = fma(b10.w, b10.w, fma(b10.z, b10.z, fma(b10.y, b10.y, fma(b10.x, b10.x, en10))));
      let b11 = e4[cb11 + s];
      en11 = fma(b11.w, b11.w, fma(b11.z, b11.z, fma(b11.y, b11.y, fma(b11.x, b11.x, en11))));
      let b12 = e4[cb12 + s];
      en12 = fma(b12.w, b12.w, fma(b12.z, b12.z, fma(b12.y, b12.y, fma(b12.x, b12.x, en12))));
      let b13 = e4[cb13 + s];
      en13 = fma(b13.w, b13.w, fma(b13.z, b13.z, fma(b13.y, b13.y, fma(b13.x, b13.x, en13))));
      let b14 = e4[cb14 + s];
      en14 = fma(b14.w, b14.w, fma(b14.z, b14.z, fma(b14.y, b14.y, fma(b14.x, b14.x, en14))));
      let b15 = e4[cb15 + s];
      en15 = fma(b15.w, b15.w, fma(b15.z, b15.z, fma(b15.y, b15.y, fma(b15.x, b15.x, en15))));
      acc0_0 = fma(a0.w, b0.w, fma(a0.z, b0.z, fma(a0.y, b0.y, fma(a0.x, b0.x, acc0_0)))); acc0_1 = fma(a0.w, b1.w, fma(a0.z, b1.z, fma(a0.y, b1.y, fma(a0.x, b1.x, acc0_1)))); acc0_2 = fma(a0.w, b2.w, fma(a0.z, b2.z, fma(a0.y, b2.y, fma(a0.x, b2.x, acc0_2)))); acc0_3 = fma(a0.w, b3.w, fma(a0.z, b3.z, fma(a0.y, b3.y, fma(a0.x, b3.x, acc0_3)))); acc0_4 = fma(a0.w, b4.w, fma(a0.z, b4.z, fma(a0.y, b4.y, fma(a0.x, b4.x, acc0_4)))); acc0_5 = fma(a0.w, b5.w, fma(a0.z, b5.z, fma(a0.y, b5.y, fma(a0.x, b5.x, acc0_5)))); acc0_6 = fma(a0.w, b6.w, fma(a0.z, b6.z, fma(a0.y, b6.y, fma(a0.x, b6.x, acc0_6)))); acc0_7 = fma(a0.w, b7.w, fma(a0.z, b7.z, fma(a0.y, b7.y, fma(a0.x, b7.x, acc0_7)))); acc0_8 = fma(a0.w, b8.w, fma(a0.z, b8.z, fma(a0.y, b8.y, fma(a0.x, b8.x, acc0_8)))); acc0_9 = fma(a0.w, b9.w, fma(a0.z, b9.z, fma(a0.y, b9.y, fma(a0.x, b9.x, acc0_9)))); acc0_10 = fma(a0.w, b10.w, fma(a0.z, b10.z, fma(a0.y, b10.y, fma(a0.x, b10.x, acc0_10)))); acc0_11 = fma(a0.w, b11.w, fma(a0.z, b11.z, fma(a0.y, b11.y, fma(a0.x, b11.x, acc0_11)))); acc0_12 = fma(a0.w, b12.w, fma(a0.z, b12.z, fma(a0.y, b12.y, fma(a0.x, b12.x, acc0_12)))); acc0_13 = fma(a0.w, b13.w, fma(a0.z, b13.z, fma(a0.y, b13.y, fma(a0.x, b13.x, acc0_13)))); acc0_14 = fma(a0.w, b14.w, fma(a0.z, b14.z, fma(a0.y, b14.y, fma(a0.x, b14.x, acc0_14)))); acc0_15 = fma(a0.w, b15.w, fma(a0.z, b15.z, fma(a0.y, b15.y, fma(a0.x, b15.x, acc0_15))));
      acc1_0 = fma(a1.w, b0.w, fma(a1.z, b0.z, fma(a1.y, b0.y, fma(a1.x, b0.x, acc1_0)))); acc1_1 = fma(a1.w, b1.w, fma(a1.z, b1.z, fma(a1.y, b1.y, fma(a1.x, b1.x, acc1_1)))); acc1_2 = fma(a1.w, b2.w, fma(a1.z, b2.z, fma(a1.y, b2.y, fma(a1.x, b2.x, acc1_2)))); acc1_3 = fma(a1.w, b3.w, fma(a1.z, b3.z, fma(a1.y, b3.y, fma(a1.x, b3.x, acc1_3)))); acc1_4 = fma(a1.w, b4.w, fma(a1.z, b4.z, fma(a1.y, b4.y, fma(a1.x, b4.x, acc1_4)))); acc1_5 = fma(a1.w, b5.w, fma(a1.z, b5.z, fma(a1.y, b5.y, fma(a1.x, b5.x, acc1_5)))); acc1_6 = fma(a1.w, b6.w, fma(a1.z, b6.z, fma(a1.y, b6.y, fma(a1.x, b6.x, acc1_6)))); acc1_7 = fma(a1.w, b7.w, fma(a1.z, b7.z, fma(a1.y, b7.y, fma(a1.x, b7.x, acc1_7)))); acc1_8 = fma(a1.w, b8.w, fma(a1.z, b8.z, fma(a1.y, b8.y, fma(a1.x, b8.x, acc1_8)))); acc1_9 = fma(a1.w, b9.w, fma(a1.z, b9.z, fma(a1.y, b9.y, fma(a1.x, b9.x, acc1_9)))); acc1_10 = fma(a1.w, b10.w, fma(a1.z, b10.z, fma(a1.y, b10.y, fma(a1.x, b10.x, acc1_10)))); acc1_11 = fma(a1.w, b11.w, fma(a1.z, b11.z, fma(a1.y, b11.y, fma(a1.x, b11.x, acc1_11)))); acc1_12 = fma(a1.w, b12.w, fma(a1.z, b12.z, fma(a1.y, b12.y, fma(a1.x, b12.x, acc1_12)))); acc1_13 = fma(a1.w, b13.w, fma(a1.z, b13.z, fma(a1.y, b13.y, fma(a1.x, b13.x, acc1_13)))); acc1_14 = fma(a1.w, b14.w, fma(a1.z, b14.z, fma(a1.y, b14.y, fma(a1.x, b14.x, acc1_14)))); acc1_15 = fma(a1.w, b15.w, fma(a1.z, b15.z, fma(a1.y, b15.y, fma(a1.x, b15.x, acc1_15))));
      acc2_0 = fma(a2.w, b0.w, fma(a2.z, b0.z, fma(a2.y, b0.y, fma(a2.x, b0.x, acc2_0)))); acc2_1 = fma(a2.w, b1.w, fma(a2.z, b1.z, fma(a2.y, b1.y, fma(a2.x, b1.x, acc2_1)))); acc2_2 = fma(a2.w, b2.w, fma(a2.z, b2.z, fma(a2.y, b2.y, fma(a2.x, b2.x, acc2_2)))); acc2_3 = fma(a2.w, b3.w, fma(a2.z, b3.z, fma(a2.y, b3.y, fma(a2.x, b3.x, acc2_3)))); acc2_4 = fma(a2.w, b4.w, fma(a2.z, b4.z, fma(a2.y, b4.y, fma(a2.x, b4.x, acc2_4)))); acc2_5 = fma(a2.w, b5.w, fma(a2.z, b5.z, fma(a2.y, b5.y, fma(a2.x, b5.x, acc2_5)))); acc2_6 = fma(a2.w, b6.w, fma(a2.z, b6.z, fma(a2.y, b6.y, fma(a2.x, b6.x, acc2_6)))); acc2_7 = fma(a2.w, b7.w, fma(a2.z, b7.z, fma(a2.y, b7.y, fma(a2.x, b7.x, acc2_7)))); acc2_8 = fma(a2.w, b8.w, fma(a2.z, b8.z, fma(a2.y, b8.y, fma(a2.x, b8.x, acc2_8)))); acc2_9 = fma(a2.w, b9.w, fma(a2.z, b9.z, fma(a2.y, b9.y, fma(a2.x, b9.x, acc2_9)))); acc2_10 = fma(a2.w, b10.w, fma(a2.z, b10.z, fma(a2.y, b10.y, fma(a2.x, b10.x, acc2_10)))); acc2_11 = fma(a2.w, b11.w, fma(a2.z, b11.z, fma(a2.y, b11.y, fma(a2.x, b11.x, acc2_11)))); acc2_12 = fma(a2.w, b12.w, fma(a2.z, b12.z, fma(a2.y, b12.y, fma(a2.x, b12.x, acc2_12)))); acc2_13 = fma(a2.w, b13.w, fma(a2.z, b13.z, fma(a2.y, b13.y, fma(a2.x, b13.x, acc2_13)))); acc2_14 = fma(a2.w, b14.w, fma(a2.z, b14.z, fma(a2.y, b14.y, fma(a2.x, b14.x, acc2_14)))); acc2_15 = fma(a2.w, b15.w, fma(a2.z, b15.z, fma(a2.y, b15.y, fma(a2.x, b15.x, acc2_15))));
      acc3_0 = fma(a3.w, b0.w, fma(a3.z, b0.z, fma(a3.y, b0.y, fma(a3.x, b0.x, acc3_0)))); acc3_1 = fma(a3.w, b1.w, fma(a3.z, b1.z, fma(a3.y, b1.y, fma(a3.x, b1.x, acc3_1)))); acc3_2 = fma(a3.w, b2.w, fma(a3.z, b2.z, fma(a3.y, b2.y, fma(a3.x, b2.x, acc3_2)))); acc3_3 = fma(a3.w, b3.w, fma(a3.z, b3.z, fma(a3.y, b3.y, fma(a3.x, b3.x, acc3_3)))); acc3_4 = fma(a3.w, b4.w, fma(a3.z, b4.z, fma(a3.y, b4.y, fma(a3.x, b4.x, acc3_4)))); acc3_5 = fma(a3.w, b5.w, fma(a3.z, b5.z, fma(a3.y, b5.y, fma(a3.x, b5.x, acc3_5)))); acc3_6 = fma(a3.w, b6.w, fma(a3.z, b6.z, fma(a3.y, b6.y, fma(a3.x, b6.x, acc3_6)))); acc3_7 = fma(a3.w, b7.w, fma(a3.z, b7.z, fma(a3.y, b7.y, fma(a3.x, b7.x, acc3_7)))); acc3_8 = fma(a3.w, b8.w, fma(a3.z, b8.z, fma(a3.y, b8.y, fma(a3.x, b8.x, acc3_8)))); acc3_9 = fma(a3.w, b9.w, fma(a3.z, b9.z, fma(a3.y, b9.y, fma(a3.x, b9.x, acc3_9)))); acc3_10 = fma(a3.w, b10.w, fma(a3.z, b10.z, fma(a3.y, b10.y, fma(a3.x, b10.x, acc3_10)))); acc3_11 = fma(a3.w, b11.w, fma(a3.z, b11.z, fma(a3.y, b11.y, fma(a3.x, b11.x, acc3_11)))); acc3_12 = fma(a3.w, b12.w, fma(a3.z, b12.z, fma(a3.y, b12.y, fma(a3.x, b12.x, acc3_12)))); acc3_13 = fma(a3.w, b13.w, fma(a3.z, b13.z, fma(a3.y, b13.y, fma(a3.x, b13.x, acc3_13)))); acc3_14 = fma(a3.w, b14.w, fma(a3.z, b14.z, fma(a3.y, b14.y, fma(a3.x, b14.x, acc3_14)))); acc3_15 = fma(a3.w, b15.w, fma(a3.z, b15.z, fma(a3.y, b15.y, fma(a3.x, b15.x, acc3_15))));
      acc4_0 = fma(a4.w, b0.w, fma(a4.z, b0.z, fma(a4.y, b0.y, fma(a4.x, b0.x, acc4_0)))); acc4_1 = fma(a4.w, b1.w, fma(a4.z, b1.z, fma(a4.y, b1.y, fma(a4.x, b1.x, acc4_1)))); acc4_2 = fma(a4.w, b2.w, fma(a4.z, b2.z, fma(a4.y, b2.y, fma(a4.x, b2.x, acc4_2)))); acc4_3 = fma(a4.w, b3.w, fma(a4.z, b3.z, fma(a4.y, b3.y, fma(a4.x, b3.x, acc4_3)))); acc4_4 = fma(a4.w, b4.w, fma(a4.z, b4.z, fma(a4.y, b4.y, fma(a4.x, b4.x, acc4_4)))); acc4_5 = fma(a4.w, b5.w, fma(a4.z, b5.z, fma(a4.y, b5.y, fma(a4.x, b5.x, acc4_5)))); acc4_6 = fma(a4.w, b6.w, fma(a4.z, b6.z, fma(a4.y, b6.y, fma(a4.x, b6.x, acc4_6)))); acc4_7 = fma(a4.w, b7.w, fma(a4.z, b7.z, fma(a4.y, b7.y, fma(a4.x, b7.x, acc4_7)))); acc4_8 = fma(a4.w, b8.w, fma(a4.z, b8.z, fma(a4.y, b8.y, fma(a4.x, b8.x, acc4_8)))); acc4_9 = fma(a4.w, b9.w, fma(a4.z, b9.z, fma(a4.y, b9.y, fma(a4.x, b9.x, acc4_9)))); acc4_10 = fma(a4.w, b10.w, fma(a4.z, b10.z, fma(a4.y, b10.y, fma(a4.x, b10.x, acc4_10)))); acc4_11 = fma(a4.w, b11.w, fma(a4.z, b11.z, fma(a4.y, b11.y, fma(a4.x, b11.x, acc4_11)))); acc4_12 = fma(a4.w, b12.w, fma(a4.z, b12.z, fma(a4.y, b12.y, fma(a4.x, b12.x, acc4_12)))); acc4_13 = fma(a4.w, b13.w, fma(a4.z, b13.z, fma(a4.y, b13.y, fma(a4.x, b13.x, acc4_13)))); acc4_14 = fma(a4.w, b14.w, fma(a4.z, b14.z, fma(a4.y, b14.y, fma(a4.x, b14.x, acc4_14)))); acc4_15 = fma(a4.w, b15.w, fma(a4.z, b15.z, fma(a4.y, b15.y, fma(a4.x, b15.x, acc4_15))));
      acc5_0 = fma(a5.w, b0.w, fma(a5.z, b0.z, fma(a5.y, b0.y, fma(a5.x, b0.x, acc5_0)))); acc5_1 = fma(a5.w, b1.w, fma(a5.z, b1.z, fma(a5.y, b1.y, fma(a5.x, b1.x, acc5_1)))); acc5_2 = fma(a5.w, b2.w, fma(a5.z, b2.z, fma(a5.y, b2.y, fma(a5.x, b2.x, acc5_2)))); acc5_3 = fma(a5.w, b3.w, fma(a5.z, b3.z, fma(a5.y, b3.y, fma(a5.x, b3.x, acc5_3)))); acc5_4 = fma(a5.w, b4.w, fma(a5.z, b4.z, fma(a5.y, b4.y, fma(a5.x, b4.x, acc5_4)))); acc5_5 = fma(a5.w, b5.w, fma(a5.z, b5.z, fma(a5.y, b5.y, fma(a5.x, b5.x, acc5_5)))); acc5_6 = fma(a5.w, b6.w, fma(a5.z, b6.z, fma(a5.y, b6.y, fma(a5.x, b6.x, acc5_6)))); acc5_7 = fma(a5.w, b7.w, fma(a5.z, b7.z, fma(a5.y, b7.y, fma(a5.x, b7.x, acc5_7)))); acc5_8 = fma(a5.w, b8.w, fma(a5.z, b8.z, fma(a5.y, b8.y, fma(a5.x, b8.x, acc5_8)))); acc5_9 = fma(a5.w, b9.w, fma(a5.z, b9.z, fma(a5.y, b9.y, fma(a5.x, b9.x, acc5_9)))); acc5_10 = fma(a5.w, b10.w, fma(a5.z, b10.z, fma(a5.y, b10.y, fma(a5.x, b10.x, acc5_10)))); acc5_11 = fma(a5.w, b11.w, fma(a5.z, b11.z, fma(a5.y, b11.y, fma(a5.x, b11.x, acc5_11)))); acc5_12 = fma(a5.w, b12.w, fma(a5.z, b12.z, fma(a5.y, b12.y, fma(a5.x, b12.x, acc5_12)))); acc5_13 = fma(a5.w, b13.w, fma(a5.z, b13.z, fma(a5.y, b13.y, fma(a5.x, b13.x, acc5_13)))); acc5_14 = fma(a5.w, b14.w, fma(a5.z, b14.z, fma(a5.y, b14.y, fma(a5.x, b14.x, acc5_14)))); acc5_15 = fma(a5.w, b15.w, fma(a5.z, b15.z, fma(a5.y, b15.y, fma(a5.x, b15.x, acc5_15))));
      acc6_0 = fma(a6.w, b0.w, fma(a6.z, b0.z, fma(a6.y, b0.y, fma(a6.x, b0.x, acc6_0)))); acc6_1 = fma(a6.w, b1.w, fma(a6.z, b1.z, fma(a6.y, b1.y, fma(a6.x, b1.x, acc6_1)))); acc6_2 = fma(a6.w, b2.w, fma(a6.z, b2.z, fma(a6.y, b2.y, fma(a6.x, b2.x, acc6_2)))); acc6_3 = fma(a6.w, b3.w, fma(a6.z, b3.z, fma(a6.y, b3.y, fma(a6.x, b3.x, acc6_3)))); acc6_4 = fma(a6.w, b4.w, fma(a6.z, b4.z, fma(a6.y, b4.y, fma(a6.x, b4.x, acc6_4)))); acc6_5 = fma(a6.w, b5.w, fma(a6.z, b5.z, fma(a6.y, b5.y, fma(a6.x, b5.x, acc6_5)))); acc6_6 = fma(a6.w, b6.w, fma(a6.z, b6.z, fma(a6.y, b6.y, fma(a6.x, b6.x, acc6_6)))); acc6_7 = fma(a6.w, b7.w, fma(a6.z, b7.z, fma(a6.y, b7.y, fma(a6.x, b7.x, acc6_7)))); acc6_8 = fma(a6.w, b8.w, fma(a6.z, b8.z, fma(a6.y, b8.y, fma(a6.x, b8.x, acc6_8)))); acc6_9 = fma(a6.w, b9.w, fma(a6.z, b9.z, fma(a6.y, b9.y, fma(a6.x, b9.x, acc6_9)))); acc6_10 = fma(a6.w, b10.w, fma(a6.z, b10.z, fma(a6.y, b10.y, fma(a6.x, b10.x, acc6_10)))); acc6_11 = fma(a6.w, b11.w, fma(a6.z, b11.z, fma(a6.y, b11.y, fma(a6.x, b11.x, acc6_11)))); acc6_12 = fma(a6.w, b12.w, fma(a6.z, b12.z, fma(a6.y, b12.y, fma(a6.x, b12.x, acc6_12)))); acc6_13 = fma(a6.w, b13.w, fma(a6.z, b13.z, fma(a6.y, b13.y, fma(a6.x, b13.x, acc6_13)))); acc6_14 = fma(a6.w, b14.w, fma(a6.z, b14.z, fma(a6.y, b14.y, fma(a6.x, b14.x, acc6_14)))); acc6_15 = fma(a6.w, b15.w, fma(a6.z, b15.z, fma(a6.y, b15.y, fma(a6.x, b15.x, acc6_15))));
      acc7_0 = fma(a7.w, b0.w, fma(a7.z, b0.z, fma(a7.y, b0.y, fma(a7.x, b0.x, acc7_0)))); acc7_1 = fma(a7.w, b1.w, fma(a7.z, b1.z, fma(a7.y, b1.y, fma(a7.x, b1.x, acc7_1)))); acc7_2 = fma(a7.w, b2.w, fma(a7.z, b2.z, fma(a7.y, b2.y, fma(a7.x, b2.x, acc7_2)))); acc7_3 = fma(a7.w, b3.w, fma(a7.z, b3.z, fma(a7.y, b3.y, fma(a7.x, b3.x, acc7_3)))); acc7_4 = fma(a7.w, b4.w, fma(a7.z, b4.z, fma(a7.y, b4.y, fma(a7.x, b4.x, acc7_4)))); acc7_5 = fma(a7.w, b5.w, fma(a7.z, b5.z, fma(a7.y, b5.y, fma(a7.x, b5.x, acc7_5)))); acc7_6 = fma(a7.w, b6.w, fma(a7.z, b6.z, fma(a7.y, b6.y, fma(a7.x, b6.x, acc7_6)))); acc7_7 = fma(a7.w, b7.w, fma(a7.z, b7.z, fma(a7.y, b7.y, fma(a7.x, b7.x, acc7_7)))); acc7_8 = fma(a7.w, b8.w, fma(a7.z, b8.z, fma(a7.y, b8.y, fma(a7.x, b8.x, acc7_8)))); acc7_9 = fma(a7.w, b9.w, fma(a7.z, b9.z, fma(a7.y, b9.y, fma(a7.x, b9.x, acc7_9)))); acc7_10 = fma(a7.w, b10.w, fma(a7.z, b10.z, fma(a7.y, b10.y, fma(a7.x, b10.x, acc7_10)))); acc7_11 = fma(a7.w, b11.w, fma(a7.z, b11.z, fma(a7.y, b11.y, fma(a7.x, b11.x, acc7_11)))); acc7_12 = fma(a7.w, b12.w, fma(a7.z, b12.z, fma(a7.y, b12.y, fma(a7.x, b12.x, acc7_12)))); acc7_13 = fma(a7.w, b13.w, fma(a7.z, b13.z, fma(a7.y, b13.y, fma(a7.x, b13.x, acc7_13)))); acc7_14 = fma(a7.w, b14.w, fma(a7.z, b14.z, fma(a7.y, b14.y, fma(a7.x, b14.x, acc7_14)))); acc7_15 = fma(a7.w, b15.w, fma(a7.z, b15.z, fma(a7.y, b15.y, fma(a7.x, b15.x, acc7_15))));
      acc8_0 = fma(a8.w, b0.w, fma(a8.z, b0.z, fma(a8.y, b0.y, fma(a8.x, b0.x, acc8_0)))); acc8_1 = fma(a8.w, b1.w, fma(a8.z, b1.z, fma(a8.y, b1.y, fma(a8.x, b1.x, acc8_1)))); acc8_2 = fma(a8.w, b2.w, fma(a8.z, b2.z, fma(a8.y, b2.y, fma(a8.x, b2.x, acc8_2)))); acc8_3 = fma(a8.w, b3.w, fma(a8.z, b3.z, fma(a8.y, b3.y, fma(a8.x, b3.x, acc8_3)))); acc8_4 = fma(a8.w, b4.w, fma(a8.z, b4.z, fma(a8.y, b4.y, fma(a8.x, b4.x, acc8_4)))); acc8_5 = fma(a8.w, b5.w, fma(a8.z, b5.z, fma(a8.y, b5.y, fma(a8.x, b5.x, acc8_5)))); acc8_6 = fma(a8.w, b6.w, fma(a8.z, b6.z, fma(a8.y, b6.y, fma(a8.x, b6.x, acc8_6)))); acc8_7 = fma(a8.w, b7.w, fma(a8.z, b7.z, fma(a8.y, b7.y, fma(a8.x, b7.x, acc8_7)))); acc8_8 = fma(a8.w, b8.w, fma(a8.z, b8.z, fma(a8.y, b8.y, fma(a8.x, b8.x, acc8_8)))); acc8_9 = fma(a8.w, b9.w, fma(a8.z, b9.z, fma(a8.y, b9.y, fma(a8.x, b9.x, acc8_9)))); acc8_10 = fma(a8.w, b10.w, fma(a8.z, b10.z, fma(a8.y, b10.y, fma(a8.x, b10.x, acc8_10)))); acc8_11 = fma(a8.w, b11.w, fma(a8.z, b11.z, fma(a8.y, b11.y, fma(a8.x, b11.x, acc8_11)))); acc8_12 = fma(a8.w, b12.w, fma(a8.z, b12.z, fma(a8.y, b12.y, fma(a8.x, b12.x, acc8_12)))); acc8_13 = fma(a8.w, b13.w, fma(a8.z, b13.z, fma(a8.y, b13.y, fma(a8.x, b13.x, acc8_13)))); acc8_14 = fma(a8.w, b14.w, fma(a8.z, b14.z, fma(a8.y, b14.y, fma(a8.x, b14.x, acc8_14)))); acc8_15 = fma(a8.w, b15.w, fma(a8.z, b15.z, fma(a8.y, b15.y, fma(a8.x, b15.x, acc8_15))));
      acc9_0 = fma(a9.w, b0.w, fma(a9.z, b0.z, fma(a9.y, b0.y, fma(a9.x, b0.x, acc9_0)))); acc9_1 = fma(a9.w, b1.w, fma(a9.z, b1.z, fma(a9.y, b1.y, fma(a9.x, b1.x, acc9_1)))); acc9_2 = fma(a9.w, b2.w, fma(a9.z, b2.z, fma(a9.y, b2.y, fma(a9.x, b2.x, acc9_2)))); acc9_3 = fma(a9.w, b3.w, fma(a9.z, b3.z, fma(a9.y, b3.y, fma(a9.x, b3.x, acc9_3)))); acc9_4 = fma(a9.w, b4.w, fma(a9.z, b4.z, fma(a9.y, b4.y, fma(a9.x, b4.x, acc9_4)))); acc9_5 = fma(a9.w, b5.w, fma(a9.z, b5.z, fma(a9.y, b5.y, fma(a9.x, b5.x, acc9_5)))); acc9_6 = fma(a9.w, b6.w, fma(a9.z, b6.z, fma(a9.y, b6.y, fma(a9.x, b6.x, acc9_6)))); acc9_7 = fma(a9.w, b7.w, fma(a9.z, b7.z, fma(a9.y, b7.y, fma(a9.x, b7.x, acc9_7)))); acc9_8 = fma(a9.w, b8.w, fma(a9.z, b8.z, fma(a9.y, b8.y, fma(a9.x, b8.x, acc9_8)))); acc9_9 = fma(a9.w, b9.w, fma(a9.z, b9.z, fma(a9.y, b9.y, fma(a9.x, b9.x, acc9_9)))); acc9_10 = fma(a9.w, b10.w, fma(a9.z, b10.z, fma(a9.y, b10.y, fma(a9.x, b10.x, acc9_10)))); acc9_11 = fma(a9.w, b11.w, fma(a9.z, b11.z, fma(a9.y, b11.y, fma(a9.x, b11.x, acc9_11)))); acc9_12 = fma(a9.w, b12.w, fma(a9.z, b12.z, fma(a9.y, b12.y, fma(a9.x, b12.x, acc9_12)))); acc9_13 = fma(a9.w, b13.w, fma(a9.z, b13.z, fma(a9.y, b13.y, fma(a9.x, b13.x, acc9_13)))); acc9_14 = fma(a9.w, b14.w, fma(a9.z, b14.z, fma(a9.y, b14.y, fma(a9.x, b14.x, acc9_14)))); acc9_15 = fma(a9.w, b15.w, fma(a9.z, b15.z, fma(a9.y, b15.y, fma(a9.x, b15.x, acc9_15))));
      acc10_0 = fma(a10.w, b0.w, fma(a10.z, b0.z, fma(a10.y, b0.y, fma(a10.x, b0.x, acc10_0)))); acc10_1 = fma(a10.w, b1.w, fma(a10.z, b1.z, fma(a10.y, b1.y, fma(a10.x, b1.x, acc10_1)))); acc10_2 = fma(a10.w, b2.w, fma(a10.z, b2.z, fma(a10.y, b2.y, fma(a10.x, b2.x, acc10_2)))); acc10_3 = fma(a10.w, b3.w, fma(a10.z, b3.z, fma(a10.y, b3.y, fma(a10.x, b3.x, acc10_3)))); acc10_4 = fma(a10.w, b4.w, fma(a10.z, b4.z, fma(a10.y, b4.y, fma(a10.x, b4.x, acc10_4)))); acc10_5 = fma(a10.w, b5.w, fma(a10.z, b5.z, fma(a10.y, b5.y, fma(a10.x, b5.x, acc10_5)))); acc10_6 = fma(a10.w, b6.w, fma(a10.z, b6.z, fma(a10.y, b6.y, fma(a10.x, b6.x, acc10_6)))); acc10_7 = fma(a10.w, b7.w, fma(a10.z, b7.z, fma(a10.y, b7.y, fma(a10.x, b7.x, acc10_7)))); acc10_8 = fma(a10.w, b8.w, fma(a10.z, b8.z, fma(a10.y, b8.y, fma(a10.x, b8.x, acc10_8)))); acc10_9 = fma(a10.w, b9.w, fma(a10.z, b9.z, fma(a10.y, b9.y, fma(a10.x, b9.x, acc10_9)))); acc10_10 = fma(a10.w, b10.w, fma(a10.z, b10.z, fma(a10.y, b10.y, fma(a10.x, b10.x, acc10_10)))); acc10_11 = fma(a10.w, b11.w, fma(a10.z, b11.z, fma(a10.y, b11.y, fma(a10.x, b11.x, acc10_11)))); acc10_12 = fma(a10.w, b12.w, fma(a10.z, b12.z, fma(a10.y, b12.y, fma(a10.x, b12.x, acc10_12)))); acc10_13 = fma(a10.w, b13.w, fma(a10.z, b13.z, fma(a10.y, b13.y, fma(a10.x, b13.x, acc10_13)))); acc10_14 = fma(a10.w, b14.w, fma(a10.z, b14.z, fma(a10.y, b14.y, fma(a10.x, b14.x, acc10_14)))); acc10_15 = fma(a10.w, b15.w, fma(a10.z, b15.z, fma(a10.y, b15.y, fma(a10.x, b15.x, acc10_15))));
      acc11_0 = fma(a11.w, b0.w, fma(a11.z, b0.z, fma(a11.y, b0.y, fma(a11.x, b0.x, acc11_0)))); acc11_1 = fma(a11.w, b1.w, fma(a11.z, b1.z, fma(a11.y, b1.y, fma(a11.x, b1.x, acc11_1)))); acc11_2 = fma(a11.w, b2.w, fma(a11.z, b2.z, fma(a11.y, b2.y, fma(a11.x, b2.x, acc11_2)))); acc11_3 = fma(a11.w, b3.w, fma(a11.z, b3.z, fma(a11.y, b3.y, fma(a11.x, b3.x, acc11_3)))); acc11_4 = fma(a11.w, b4.w, fma(a11.z, b4.z, fma(a11.y, b4.y, fma(a11.x, b4.x, acc11_4)))); acc11_5 = fma(a11.w, b5.w, fma(a11.z, b5.z, fma(a11.y, b5.y, fma(a11.x, b5.x, acc11_5)))); acc11_6 = fma(a11.w, b6.w, fma(a11.z, b6.z, fma(a11.y, b6.y, fma(a11.x, b6.x, acc11_6)))); acc11_7 = fma(a11.w, b7.w, fma(a11.z, b7.z, fma(a11.y, b7.y, fma(a11.x, b7.x, acc11_7)))); acc11_8 = fma(a11.w, b8.w, fma(a11.z, b8.z, fma(a11.y, b8.y, fma(a11.x, b8.x, acc11_8)))); acc11_9 = fma(a11.w, b9.w, fma(a11.z, b9.z, fma(a11.y, b9.y, fma(a11.x, b9.x, acc11_9)))); acc11_10 = fma(a11.w, b10.w, fma(a11.z, b10.z, fma(a11.y, b10.y, fma(a11.x, b10.x, acc11_10)))); acc11_11 = fma(a11.w, b11.w, fma(a11.z, b11.z, fma(a11.y, b11.y, fma(a11.x, b11.x, acc11_11)))); acc11_12 = fma(a11.w, b12.w, fma(a11.z, b12.z, fma(a11.y, b12.y, fma(a11.x, b12.x, acc11_12)))); acc11_13 = fma(a11.w, b13.w, fma(a11.z, b13.z, fma(a11.y, b13.y, fma(a11.x, b13.x, acc11_13)))); acc11_14 = fma(a11.w, b14.w, fma(a11.z, b14.z, fma(a11.y, b14.y, fma(a11.x, b14.x, acc11_14)))); acc11_15 = fma(a11.w, b15.w, fma(a11.z, b15.z, fma(a11.y, b15.y, fma(a11.x, b15.x, acc11_15))));
      acc12_0 = fma(a12.w, b0.w, fma(a12.z, b0.z, fma(a12.y, b0.y, fma(a12.x, b0.x, acc12_0)))); acc12_1 = fma(a12.w, b1.w, fma(a12.z, b1.z, fma(a12.y, b1.y, fma(a12.x, b1.x, acc12_1)))); acc12_2 = fma(a12.w, b2.w, fma(a12.z, b2.z, fma(a12.y, b2.y, fma(a12.x, b2.x, acc12_2)))); acc12_3 = fma(a12.w, b3.w, fma(a12.z, b3.z, fma(a12.y, b3.y, fma(a12.x, b3.x, acc12_3)))); acc12_4 = fma(a12.w, b4.w, fma(a12.z, b4.z, fma(a12.y, b4.y, fma(a12.x, b4.x, acc12_4)))); acc12_5 = fma(a12.w, b5.w, fma(a12.z, b5.z, fma(a12.y, b5.y, fma(a12.x, b5.x, acc12_5)))); acc12_6 = fma(a12.w, b6.w, fma(a12.z, b6.z, fma(a12.y, b6.y, fma(a12.x, b6.x, acc12_6)))); acc12_7 = fma(a12.w, b7.w, fma(a12.z, b7.z, fma(a12.y, b7.y, fma(a12.x, b7.x, acc12_7)))); acc12_8 = fma(a12.w, b8.w, fma(a12.z, b8.z, fma(a12.y, b8.y, fma(a12.x, b8.x, acc12_8)))); acc12_9 = fma(a12.w, b9.w, fma(a12.z, b9.z, fma(a12.y, b9.y, fma(a12.x, b9.x, acc12_9)))); acc12_10 = fma(a12.w, b10.w, fma(a12.z, b10.z, fma(a12.y, b10.y, fma(a12.x, b10.x, acc12_10)))); acc12_11 = fma(a12.w, b11.w, fma(a12.z, b11.z, fma(a12.y, b11.y, fma(a12.x, b11.x, acc12_11)))); acc12_12 = fma(a12.w, b12.w, fma(a12.z, b12.z, fma(a12.y, b12.y, fma(a12.x, b12.x, acc12_12)))); acc12_13 = fma(a12.w, b13.w, fma(a12.z, b13.z, fma(a12.y, b13.y, fma(a12.x, b13.x, acc12_13)))); acc12_14 = fma(a12.w, b14.w, fma(a12.z, b14.z, fma(a12.y, b14.y, fma(a12.x, b14.x, acc12_14)))); acc12_15 = fma(a12.w, b15.w, fma(a12.z, b15.z, fma(a12.y, b15.y, fma(a12.x, b15.x, acc12_15))));
      acc13_0 = fma(a13.w, b0.w, fma(a13.z, b0.z, fma(a13.y, b0.y, fma(a13.x, b0.x, acc13_0)))); acc13_1 = fma(a13.w, b1.w, fma(a13.z, b1.z, fma(a13.y, b1.y, fma(a13.x, b1.x, acc13_1)))); acc13_2 = fma(a13.w, b2.w, fma(a13.z, b2.z, fma(a13.y, b2.y, fma(a13.x, b2.x, acc13_2)))); acc13_3 = fma(a13.w, b3.w, fma(a13.z, b3.z, fma(a13.y, b3.y, fma(a13.x, b3.x, acc13_3)))); acc13_4 = fma(a13.w, b4.w, fma(a13.z, b4.z, fma(a13.y, b4.y, fma(a13.x, b4.x, acc13_4)))); acc13_5 = fma(a13.w, b5.w, fma(a13.z, b5.z, fma(a13.y, b5.y, fma(a13.x, b5.x, acc13_5)))); acc13_6 = fma(a13.w, b6.w, fma(a13.z, b6.z, fma(a13.y, b6.y, fma(a13.x, b6.x, acc13_6)))); acc13_7 = fma(a13.w, b7.w, fma(a13.z, b7.z, fma(a13.y, b7.y, fma(a13.x, b7.x, acc13_7)))); acc13_8 = fma(a13.w, b8.w, fma(a13.z, b8.z, fma(a13.y, b8.y, fma(a13.x, b8.x, acc13_8)))); acc13_9 = fma(a13.w, b9.w, fma(a13.z, b9.z, fma(a13.y, b9.y, fma(a13.x, b9.x, acc13_9)))); acc13_10 = fma(a13.w, b10.w, fma(a13.z, b10.z, fma(a13.y, b10.y, fma(a13.x, b10.x, acc13_10)))); acc13_11 = fma(a13.w, b11.w, fma(a13.z, b11.z, fma(a13.y, b11.y, fma(a13.x, b11.x, acc13_11)))); acc13_12 = fma(a13.w, b12.w, fma(a13.z, b12.z, fma(a13.y, b12.y, fma(a13.x, b12.x, acc13_12)))); acc13_13 = fma(a13.w, b13.w, fma(a13.z, b13.z, fma(a13.y, b13.y, fma(a13.x, b13.x, acc13_13)))); acc13_14 = fma(a13.w, b14.w, fma(a13.z, b14.z, fma(a13.y, b14.y, fma(a13.x, b14.x, acc13_14)))); acc13_15 = fma(a13.w, b15.w, fma(a13.z, b15.z, fma(a13.y, b15.y, fma(a13.x, b15.x, acc13_15))));
      acc14_0 = fma(a14.w, b0.w, fma(a14.z, b0.z, fma(a14.y, b0.y, fma(a14.x, b0.x, acc14_0)))); acc14_1 = fma(a14.w, b1.w, fma(a14.z, b1.z, fma(a14.y, b1.y, fma(a14.x, b1.x, acc14_1)))); acc14_2 = fma(a14.w, b2.w, fma(a14.z, b2.z, fma(a14.y, b2.y, fma(a14.x, b2.x, acc14_2)))); acc14_3 = fma(a14.w, b3.w, fma(a14.z, b3.z, fma(a14.y, b3.y, fma(a14.x, b3.x, acc14_3)))); acc14_4 = fma(a14.w, b4.w, fma(a14.z, b4.z, fma(a14.y, b4.y, fma(a14.x, b4.x, acc14_4)))); acc14_5 = fma(a14.w, b5.w, fma(a14.z, b5.z, fma(a14.y, b5.y, fma(a14.x, b5.x, acc14_5)))); acc14_6 = fma(a14.w, b6.w, fma(a14.z, b6.z, fma(a14.y, b6.y, fma(a14.x, b6.x, acc14_6)))); acc14_7 = fma(a14.w, b7.w, fma(a14.z, b7.z, fma(a14.y, b7.y, fma(a14.x, b7.x, acc14_7)))); acc14_8 = fma(a14.w, b8.w, fma(a14.z, b8.z, fma(a14.y, b8.y, fma(a14.x, b8.x, acc14_8)))); acc14_9 = fma(a14.w, b9.w, fma(a14.z, b9.z, fma(a14.y, b9.y, fma(a14.x, b9.x, acc14_9)))); acc14_10 = fma(a14.w, b10.w, fma(a14.z, b10.z, fma(a14.y, b10.y, fma(a14.x, b10.x, acc14_10)))); acc14_11 = fma(a14.w, b11.w, fma(a14.z, b11.z, fma(a14.y, b11.y, fma(a14.x, b11.x, acc14_11)))); acc14_12 = fma(a14.w, b12.w, fma(a14.z, b12.z, fma(a14.y, b12.y, fma(a14.x, b12.x, acc14_12)))); acc14_13 = fma(a14.w, b13.w, fma(a14.z, b13.z, fma(a14.y, b13.y, fma(a14.x, b13.x, acc14_13)))); acc14_14 = fma(a14.w, b14.w, fma(a14.z, b14.z, fma(a14.y, b14.y, fma(a14.x, b14.x, acc14_14)))); acc14_15 = fma(a14.w, b15.w, fma(a14.z, b15.z, fma(a14.y, b15.y, fma(a14.x, b15.x, acc14_15))));
      acc15_0 = fma(a15.w, b0.w, fma(a15.z, b0.z, fma(a15.y, b0.y, fma(a15.x, b0.x, acc15_0)))); acc15_1 = fma(a15.w, b1.w, fma(a15.z, b1.z, fma(a15.y, b1.y, fma(a15.x, b1.x, acc15_1)))); acc15_2 = fma(a15.w, b2.w, fma(a15.z, b2.z, fma(a15.y, b2.y, fma(a15.x, b2.x, acc15_2)))); acc15_3 = fma(a15.w, b3.w, fma(a15.z, b3.z, fma(a15.y, b3.y, fma(a15.x, b3.x, acc15_3)))); acc15_4 = fma(a15.w, b4.w, fma(a15.z, b4.z, fma(a15.y, b4.y, fma(a15.x, b4.x, acc15_4)))); acc15_5 = fma(a15.w, b5.w, fma(a15.z, b5.z, fma(a15.y, b5.y, fma(a15.x, b5.x, acc15_5)))); acc15_6 = fma(a15.w, b6.w, fma(a15.z, b6.z, fma(a15.y, b6.y, fma(a15.x, b6.x, acc15_6)))); acc15_7 = fma(a15.w, b7.w, fma(a15.z, b7.z, fma(a15.y, b7.y, fma(a15.x, b7.x, acc15_7)))); acc15_8 = fma(a15.w, b8.w, fma(a15.z, b8.z, fma(a15.y, b8.y, fma(a15.x, b8.x, acc15_8)))); acc15_9 = fma(a15.w, b9.w, fma(a15.z, b9.z, fma(a15.y, b9.y, fma(a15.x, b9.x, acc15_9)))); acc15_10 = fma(a15.w, b10.w, fma(a15.z, b10.z, fma(a15.y, b10.y, fma(a15.x, b10.x, acc15_10)))); acc15_11 = fma(a15.w, b11.w, fma(a15.z, b11.z, fma(a15.y, b11.y, fma(a15.x, b11.x, acc15_11)))); acc15_12 = fma(a15.w, b12.w, fma(a15.z, b12.z, fma(a15.y, b12.y, fma(a15.x, b12.x, acc15_12)))); acc15_13 = fma(a15.w, b13.w, fma(a15.z, b13.z, fma(a15.y, b13.y, fma(a15.x, b13.x, acc15_13)))); acc15_14 = fma(a15.w, b14.w, fma(a15.z, b14.z, fma(a15.y, b14.y, fma(a15.x, b14.x, acc15_14)))); acc15_15 = fma(a15.w, b15.w, fma(a15.z, b15.z, fma(a15.y, b15.y, fma(a15.x, b15.x, acc15_15))));
    }
    // ‖x‖² + ‖e‖² − 2 x·e (the seed's formula); codes come in increasing order, so a
    // strict < keeps the first minimum.
    { let dd = xn0 + en0 - 2.0 * acc0_0; if (dd < best0) { best0 = dd; bi0 = ci0; } }
    { let dd = xn0 + en1 - 2.0 * acc0_1; if (dd < best0) { best0 = dd; bi0 = ci1; } }
    { let dd = xn0 + en2 - 2.0 * acc0_2; if (dd < best0) { best0 = dd; bi0 = ci2; } }
    { let dd = xn0 + en3 - 2.0 * acc0_3; if (dd < best0) { best0 = dd; bi0 = ci3; } }
    { let dd = xn0 + en4 - 2.0 * acc0_4; if (dd < best0) { best0 = dd; bi0 = ci4; } }
    { let dd = xn0 + en5 - 2.0 * acc0_5; if (dd < best0) { best0 = dd; bi0 = ci5; } }
    { let dd = xn0 + en6 - 2.0 * acc0_6; if (dd < best0) { best0 = dd; bi0 = ci6; } }
    { let dd = xn0 + en7 - 2.0 * acc0_7; if (dd < best0) { best0 = dd; bi0 = ci7; } }
    { let dd = xn0 + en8 - 2.0 * acc0_8; if (dd < best0) { best0 = dd; bi0 = ci8; } }
    { let dd = xn0 + en9 - 2.0 * acc0_9; if (dd < best0) { best0 = dd; bi0 = ci9; } }
    { let dd = xn0 + en10 - 2.0 * acc0_10; if (dd < best0) { best0 = dd; bi0 = ci10; } }
    { let dd = xn0 + en11 - 2.0 * acc0_11; if (dd < best0) { best0 = dd; bi0 = ci11; } }
    { let dd = xn0 + en12 - 2.0 * acc0_12; if (dd < best0) { best0 = dd; bi0 = ci12; } }
    { let dd = xn0 + en13 - 2.0 * acc0_13; if (dd < best0) { best0 = dd; bi0 = ci13; } }
    { let dd = xn0 + en14 - 2.0 * acc0_14; if (dd < best0) { best0 = dd; bi0 = ci14; } }
    { let dd = xn0 + en15 - 2.0 * acc0_15; if (dd < best0) { best0 = dd; bi0 = ci15; } }
    { let dd = xn1 + en0 - 2.0 * acc1_0; if (dd < best1) { best1 = dd; bi1 = ci0; } }
    { let dd = xn1 + en1 - 2.0 * acc1_1; if (dd < best1) { best1 = dd; bi1 = ci1; } }
    { let dd = xn1 + en2 - 2.0 * acc1_2; if (dd < best1) { best1 = dd; bi1 = ci2; } }
    { let dd = xn1 + en3 - 2.0 * acc1_3; if (dd < best1) { best1 = dd; bi1 = ci3; } }
    { let dd = xn1 + en4 - 2.0 * acc1_4; if (dd < best1) { best1 = dd; bi1 = ci4; } }
    { let dd = xn1 + en5 - 2.0 * acc1_5; if (dd < best1) { best1 = dd; bi1 = ci5; } }
    { let dd = xn1 + en6 - 2.0 * acc1_6; if (dd < best1) { best1 = dd; bi1 = ci6; } }
    { let dd = xn1 + en7 - 2.0 * acc1_7; if (dd < best1) { best1 = dd; bi1 = ci7; } }
    { let dd = xn1 + en8 - 2.0 * acc1_8; if (dd < best1) { best1 = dd; bi1 = ci8; } }
    { let dd = xn1 + en9 - 2.0 * acc1_9; if (dd < best1) { best1 = dd; bi1 = ci9; } }
    { let dd = xn1 + en10 - 2.0 * acc1_10; if (dd < best1) { best1 = dd; bi1 = ci10; } }
    { let dd = xn1 + en11 - 2.0 * acc1_11; if (dd < best1) { best1 = dd; bi1 = ci11; } }
    { let dd = xn1 + en12 - 2.0 * acc1_12; if (dd < best1) { best1 = dd; bi1 = ci12; } }
    { let dd = xn1 + en13 - 2.0 * acc1_13; if (dd < best1) { best1 = dd; bi1 = ci13; } }
    { let dd = xn1 + en14 - 2.0 * acc1_14; if (dd < best1) { best1 = dd; bi1 = ci14; } }
    { let dd = xn1 + en15 - 2.0 * acc1_15; if (dd < best1) { best1 = dd; bi1 = ci15; } }
    { let dd = xn2 + en0 - 2.0 * acc2_0; if (dd < best2) { best2 = dd; bi2 = ci0; } }
    { let dd = xn2 + en1 - 2.0 * acc2_1; if (dd < best2) { best2 = dd; bi2 = ci1; } }
    { let dd = xn2 + en2 - 2.0 * acc2_2; if (dd < best2) { best2 = dd; bi2 = ci2; } }
    { let dd = xn2 + en3 - 2.0 * acc2_3; if (dd < best2) { best2 = dd; bi2 = ci3; } }
    { let dd = xn2 + en4 - 2.0 * acc2_4; if (dd < best2) { best2 = dd; bi2 = ci4; } }
    { let dd = xn2 + en5 - 2.0 * acc2_5; if (dd < best2) { best2 = dd; bi2 = ci5; } }
    { let dd = xn2 + en6 - 2.0 * acc2_6; if (dd < best2) { best2 = dd; bi2 = ci6; } }
    { let dd = xn2 + en7 - 2.0 * acc2_7; if (dd < best2) { best2 = dd; bi2 = ci7; } }
    { let dd = xn2 + en8 - 2.0 * acc2_8; if (dd < best2) { best2 = dd; bi2 = ci8; } }
    { let dd = xn2 + en9 - 2.0 * acc2_9; if (dd < best2) { best2 = dd; bi2 = ci9; } }
    { let dd = xn2 + en10 - 2.0 * acc2_10; if (dd < best2) { best2 = dd; bi2 = ci10; } }
    { let dd = xn2 + en11 - 2.0 * acc2_11; if (dd < best2) { best2 = dd; bi2 = ci11; } }
    { let dd = xn2 + en12 - 2.0 * acc2_12; if (dd < best2) { best2 = dd; bi2 = ci12; } }
    { let dd = xn2 + en13 - 2.0 * acc2_13; if (dd < best2) { best2 = dd; bi2 = ci13; } }
    { let dd = xn2 + en14 - 2.0 * acc2_14; if (dd < best2) { best2 = dd; bi2 = ci14; } }
    { let dd = xn2 + en15 - 2.0 * acc2_15; if (dd < best2) { best2 = dd; bi2 = ci15; } }
    { let dd = xn3 + en0 - 2.0 * acc3_0; if (dd < best3) { best3 = dd; bi3 = ci0; } }
    { let dd = xn3 + en1 - 2.0 * acc3_1; if (dd < best3) { best3 = dd; bi3 = ci1; } }
    { let dd = xn3 + en2 - 2.0 * acc3_2; if (dd < best3) { best3 = dd; bi3 = ci2; } }
    { let dd = xn3 + en3 - 2.0 * acc3_3; if (dd < best3) { best3 = dd; bi3 = ci3; } }
    { let dd = xn3 + en4 - 2.0 * acc3_4; if (dd < best3) { best3 = dd; bi3 = ci4; } }
    { let dd = xn3 + en5 - 2.0 * acc3_5; if (dd < best3) { best3 = dd; bi3 = ci5; } }
    { let dd = xn3 + en6 - 2.0 * acc3_6; if (dd < best3) { best3 = dd; bi3 = ci6; } }
    { let dd = xn3 + en7 - 2.0 * acc3_7; if (dd < best3) { best3 = dd; bi3 = ci7; } }
    { let dd = xn3 + en8 - 2.0 * acc3_8; if (dd < best3) { best3 = dd; bi3 = ci8; } }
    { let dd = xn3 + en9 - 2.0 * acc3_9; if (dd < best3) { best3 = dd; bi3 = ci9; } }
    { let dd = xn3 + en10 - 2.0 * acc3_10; if (dd < best3) { best3 = dd; bi3 = ci10; } }
    { let dd = xn3 + en11 - 2.0 * acc3_11; if (dd < best3) { best3 = dd; bi3 = ci11; } }
    { let dd = xn3 + en12 - 2.0 * acc3_12; if (dd < best3) { best3 = dd; bi3 = ci12; } }
    { let dd = xn3 + en13 - 2.0 * acc3_13; if (dd < best3) { best3 = dd; bi3 = ci13; } }
    { let dd = xn3 + en14 - 2.0 * acc3_14; if (dd < best3) { best3 = dd; bi3 = ci14; } }
    { let dd = xn3 + en15 - 2.0 * acc3_15; if (dd < best3) { best3 = dd; bi3 = ci15; } }
    { let dd = xn4 + en0 - 2.0 * acc4_0; if (dd < best4) { best4 = dd; bi4 = ci0; } }
    { let dd = xn4 + en1 - 2.0 * acc4_1; if (dd < best4) { best4 = dd; bi4 = ci1; } }
    { let dd = xn4 + en2 - 2.0 * acc4_2; if (dd < best4) { best4 = dd; bi4 = ci2; } }
    { let dd = xn4 + en3 - 2.0 * acc4_3; if (dd < best4) { best4 = dd; bi4 = ci3; } }
    { let dd = xn4 + en4 - 2.0 * acc4_4; if (dd < best4) { best4 = dd; bi4 = ci4; } }
    { let dd = xn4 + en5 - 2.0 * acc4_5; if (dd < best4) { best4 = dd; bi4 = ci5; } }
    { let dd = xn4 + en6 - 2.0 * acc4_6; if (dd < best4) { best4 = dd; bi4 = ci6; } }
    { let dd = xn4 + en7 - 2.0 * acc4_7; if (dd < best4) { best4 = dd; bi4 = ci7; } }
    { let dd = xn4 + en8 - 2.0 * acc4_8; if (dd < best4) { best4 = dd; bi4 = ci8; } }
    { let dd = xn4 + en9 - 2.0 * acc4_9; if (dd < best4) { best4 = dd; bi4 = ci9; } }
    { let dd = xn4 + en10 - 2.0 * acc4_10; if (dd < best4) { best4 = dd; bi4 = ci10; } }
    { let dd = xn4 + en11 - 2.0 * acc4_11; if (dd < best4) { best4 = dd; bi4 = ci11; } }
    { let dd = xn4 + en12 - 2.0 * acc4_12; if (dd < best4) { best4 = dd; bi4 = ci12; } }
    { let dd = xn4 + en13 - 2.0 * acc4_13; if (dd < best4) { best4 = dd; bi4 = ci13; } }
    { let dd = xn4 + en14 - 2.0 * acc4_14; if (dd < best4) { best4 = dd; bi4 = ci14; } }
    { let dd = xn4 + en15 - 2.0 * acc4_15; if (dd < best4) { best4 = dd; bi4 = ci15; } }
    { let dd = xn5 + en0 - 2.0 * acc5_0; if (dd < best5) { best5 = dd; bi5 = ci0; } }
    { let dd = xn5 + en1 - 2.0 * acc5_1; if (dd < best5) { best5 = dd; bi5 = ci1; } }
    { let dd = xn5 + en2 - 2.0 * acc5_2; if (dd < best5) { best5 = dd; bi5 = ci2; } }
    { let dd = xn5 + en3 - 2.0 * acc5_3; if (dd < best5) { best5 = dd; bi5 = ci3; } }
    { let dd = xn5 + en4 - 2.0 * acc5_4; if (dd < best5) { best5 = dd; bi5 = ci4; } }
    { let dd = xn5 + en5 - 2.0 * acc5_5; if (dd < best5) { best5 = dd; bi5 = ci5; } }
    { let dd = xn5 + en6 - 2.0 * acc5_6; if (dd < best5) { best5 = dd; bi5 = ci6; } }
    { let dd = xn5 + en7 - 2.0 * acc5_7; if (dd < best5) { best5 = dd; bi5 = ci7; } }
    { let dd = xn5 + en8 - 2.0 * acc5_8; if (dd < best5) { best5 = dd; bi5 = ci8; } }
    { let dd = xn5 + en9 - 2.0 * acc5_9; if (dd < best5) { best5 = dd; bi5 = ci9; } }
    { let dd = xn5 + en10 - 2.0 * acc5_10; if (dd < best5) { best5 = dd; bi5 = ci10; } }
    { let dd = xn5 + en11 - 2.0 * acc5_11; if (dd < best5) { best5 = dd; bi5 = ci11; } }
    { let dd = xn5 + en12 - 2.0 * acc5_12; if (dd < best5) { best5 = dd; bi5 = ci12; } }
    { let dd = xn5 + en13 - 2.0 * acc5_13; if (dd < best5) { best5 = dd; bi5 = ci13; } }
    { let dd = xn5 + en14 - 2.0 * acc5_14; if (dd < best5) { best5 = dd; bi5 = ci14; } }
    { let dd = xn5 + en15 - 2.0 * acc5_15; if (dd < best5) { best5 = dd; bi5 = ci15; } }
    { let dd = xn6 + en0 - 2.0 * acc6_0; if (dd < best6) { best6 = dd; bi6 = ci0; } }
    { let dd = xn6 + en1 - 2.0 * acc6_1; if (dd < best6) { best6 = dd; bi6 = ci1; } }
    { let dd = xn6 + en2 - 2.0 * acc6_2; if (dd < best6) { best6 = dd; bi6 = ci2; } }
    { let dd = xn6 + en3 - 2.0 * acc6_3; if (dd < best6) { best6 = dd; bi6 = ci3; } }
    { let dd = xn6 + en4 - 2.0 * acc6_4; if (dd < best6) { best6 = dd; bi6 = ci4; } }
    { let dd = xn6 + en5 - 2.0 * acc6_5; if (dd < best6) { best6 = dd; bi6 = ci5; } }
    { let dd = xn6 + en6 - 2.0 * acc6_6; if (dd < best6) { best6 = dd; bi6 = ci6; } }
    { let dd = xn6 + en7 - 2.0 * acc6_7; if (dd < best6) { best6 = dd; bi6 = ci7; } }
    { let dd = xn6 + en8 - 2.0 * acc6_8; if (dd < best6) { best6 = dd; bi6 = ci8; } }
    { let dd = xn6 + en9 - 2.0 * acc6_9; if (dd < best6) { best6 = dd; bi6 = ci9; } }
    { let dd = xn6 + en10 - 2.0 * acc6_10; if (dd < best6) { best6 = dd; bi6 = ci10; } }
    { let dd = xn6 + en11 - 2.0 * acc6_11; if (dd < best6) { best6 = dd; bi6 = ci11; } }
    { let dd = xn6 + en12 - 2.0 * acc6_12; if (dd < best6) { best6 = dd; bi6 = ci12; } }
    { let dd = xn6 + en13 - 2.0 * acc6_13; if (dd < best6) { best6 = dd; bi6 = ci13; } }
    { let dd = xn6 + en14 - 2.0 * acc6_14; if (dd < best6) { best6 = dd; bi6 = ci14; } }
    { let dd = xn6 + en15 - 2.0 * acc6_15; if (dd < best6) { best6 = dd; bi6 = ci15; } }
    { let dd = xn7 + en0 - 2.0 * acc7_0; if (dd < best7) { best7 = dd; bi7 = ci0; } }
    { let dd = xn7 + en1 - 2.0 * acc7_1; if (dd < best7) { best7 = dd; bi7 = ci1; } }
    { let dd = xn7 + en2 - 2.0 * acc7_2; if (dd < best7) { best7 = dd; bi7 = ci2; } }
    { let dd = xn7 + en3 - 2.0 * acc7_3; if (dd < best7) { best7 = dd; bi7 = ci3; } }
    { let dd = xn7 + en4 - 2.0 * acc7_4; if (dd < best7) { best7 = dd; bi7 = ci4; } }
    { let dd = xn7 + en5 - 2.0 * acc7_5; if (dd < best7) { best7 = dd; bi7 = ci5; } }
    { let dd = xn7 + en6 - 2.0 * acc7_6; if (dd < best7) { best7 = dd; bi7 = ci6; } }
    { let dd = xn7 + en7 - 2.0 * acc7_7; if (dd < best7) { best7 = dd; bi7 = ci7; } }
    { let dd = xn7 + en8 - 2.0 * acc7_8; if (dd < best7) { best7 = dd; bi7 = ci8; } }
    { let dd = xn7 + en9 - 2.0 * acc7_9; if (dd < best7) { best7 = dd; bi7 = ci9; } }
    { let dd = xn7 + en10 - 2.0 * acc7_10; if (dd < best7) { best7 = dd; bi7 = ci10; } }
    { let dd = xn7 + en11 - 2.0 * acc7_11; if (dd < best7) { best7 = dd; bi7 = ci11; } }
    { let dd = xn7 + en12 - 2.0 * acc7_12; if (dd < best7) { best7 = dd; bi7 = ci12; } }
    { let dd = xn7 + en13 - 2.0 * acc7_13; if (dd < best7) { best7 = dd; bi7 = ci13; } }
    { let dd = xn7 + en14 - 2.0 * acc7_14; if (dd < best7) { best7 = dd; bi7 = ci14; } }
    { let dd = xn7 + en15 - 2.0 * acc7_15; if (dd < best7) { best7 = dd; bi7 = ci15; } }
    { let dd = xn8 + en0 - 2.0 * acc8_0; if (dd < best8) { best8 = dd; bi8 = ci0; } }
    { let dd = xn8 + en1 - 2.0 * acc8_1; if (dd < best8) { best8 = dd; bi8 = ci1; } }
    { let dd = xn8 + en2 - 2.0 * acc8_2; if (dd < best8) { best8 = dd; bi8 = ci2; } }
    { let dd = xn8 + en3 - 2.0 * acc8_3; if (dd < best8) { best8 = dd; bi8 = ci3; } }
    { let dd = xn8 + en4 - 2.0 * acc8_4; if (dd < best8) { best8 = dd; bi8 = ci4; } }
    { let dd = xn8 + en5 - 2.0 * acc8_5; if (dd < best8) { best8 = dd; bi8 = ci5; } }
    { let dd = xn8 + en6 - 2.0 * acc8_6; if (dd < best8) { best8 = dd; bi8 = ci6; } }
    { let dd = xn8 + en7 - 2.0 * acc8_7; if (dd < best8) { best8 = dd; bi8 = ci7; } }
    { let dd = xn8 + en8 - 2.0 * acc8_8; if (dd < best8) { best8 = dd; bi8 = ci8; } }
    { let dd = xn8 + en9 - 2.0 * acc8_9; if (dd < best8) { best8 = dd; bi8 = ci9; } }
    { let dd = xn8 + en10 - 2.0 * acc8_10; if (dd < best8) { best8 = dd; bi8 = ci10; } }
    { let dd = xn8 + en11 - 2.0 * acc8_11; if (dd < best8) { best8 = dd; bi8 = ci11; } }
    { let dd = xn8 + en12 - 2.0 * acc8_12; if (dd < best8) { best8 = dd; bi8 = ci12; } }
    { let dd = xn8 + en13 - 2.0 * acc8_13; if (dd < best8) { best8 = dd; bi8 = ci13; } }
    { let dd = xn8 + en14 - 2.0 * acc8_14; if (dd < best8) { best8 = dd; bi8 = ci14; } }
    { let dd = xn8 + en15 - 2.0 * acc8_15; if (dd < best8) { best8 = dd; bi8 = ci15; } }
    { let dd = xn9 + en0 - 2.0 * acc9_0; if (dd < best9) { best9 = dd; bi9 = ci0; } }
    { let dd = xn9 + en1 - 2.0 * acc9_1; if (dd < best9) { best9 = dd; bi9 = ci1; } }
    { let dd = xn9 + en2 - 2.0 * acc9_2; if (dd < best9) { best9 = dd; bi9 = ci2; } }
    { let dd = xn9 + en3 - 2.0 * acc9_3; if (dd < best9) { best9 = dd; bi9 = ci3; } }
    { let dd = xn9 + en4 - 2.0 * acc9_4; if (dd < best9) { best9 = dd; bi9 = ci4; } }
    { let dd = xn9 + en5 - 2.0 * acc9_5; if (dd < best9) { best9 = dd; bi9 = ci5; } }
    { let dd = xn9 + en6 - 2.0 * acc9_6; if (dd < best9) { best9 = dd; bi9 = ci6; } }
    { let dd = xn9 + en7 - 2.0 * acc9_7; if (dd < best9) { best9 = dd; bi9 = ci7; } }
    { let dd = xn9 + en8 - 2.0 * acc9_8; if (dd < best9) { best9 = dd; bi9 = ci8; } }
    { let dd = xn9 + en9 - 2.0 * acc9_9; if (dd < best9) { best9 = dd; bi9 = ci9; } }
    { let dd = xn9 + en10 - 2.0 * acc9_10; if (dd < best9) { best9 = dd; bi9 = ci10; } }
    { let dd = xn9 + en11 - 2.0 * acc9_11; if (dd < best9) { best9 = dd; bi9 = ci11; } }
    { let dd = xn9 + en12 - 2.0 * acc9_12; if (dd < best9) { best9 = dd; bi9 = ci12; } }
    { let dd = xn9 + en13 - 2.0 * acc9_13; if (dd < best9) { best9 = dd; bi9 = ci13; } }
    { let dd = xn9 + en14 - 2.0 * acc9_14; if (dd < best9) { best9 = dd; bi9 = ci14; } }
    { let dd = xn9 + en15 - 2.0 * acc9_15; if (dd < best9) { best9 = dd; bi9 = ci15; } }
    { let dd = xn10 + en0 - 2.0 * acc10_0; if (dd < best10) { best10 = dd; bi10 = ci0; } }
    { let dd = xn10 + en1 - 2.0 * acc10_1; if (dd < best10) { best10 = dd; bi10 = ci1; } }
    { let dd = xn10 + en2 - 2.0 * acc10_2; if (dd < best10) { best10 = dd; bi10 = ci2; } }
    { let dd = xn10 + en3 - 2.0 * acc10_3; if (dd < best10) { best10 = dd; bi10 = ci3; } }
    { let dd = xn10 + en4 - 2.0 * acc10_4; if (dd < best10) { best10 = dd; bi10 = ci4; } }
    { let dd = xn10 + en5 - 2.0 * acc10_5; if (dd < best10) { best10 = dd; bi10 = ci5; } }
    { let dd = xn10 + en6 - 2.0 * acc10_6; if (dd < best10) { best10 = dd; bi10 = ci6; } }
    { let dd = xn10 + en7 - 2.0 * acc10_7; if (dd < best10) { best10 = dd; bi10 = ci7; } }
    { let dd = xn10 + en8 - 2.0 * acc10_8; if (dd < best10) { best10 = dd; bi10 = ci8; } }
    { let dd = xn10 + en9 - 2.0 * acc10_9; if (dd < best10) { best10 = dd; bi10 = ci9; } }
    { let dd = xn10 + en10 - 2.0 * acc10_10; if (dd < best10) { best10 = dd; bi10 = ci10; } }
    { let dd = xn10 + en11 - 2.0 * acc10_11; if (dd < best10) { best10 = dd; bi10 = ci11; } }
    { let dd = xn10 + en12 - 2.0 * acc10_12; if (dd < best10) { best10 = dd; bi10 = ci12; } }
    { let dd = xn10 + en13 - 2.0 * acc10_13; if (dd < best10) { best10 = dd; bi10 = ci13; } }
    { let dd = xn10 + en14 - 2.0 * acc10_14; if (dd < best10) { best10 = dd; bi10 = ci14; } }
    { let dd = xn10 + en15 - 2.0 * acc10_15; if (dd < best10) { best10 = dd; bi10 = ci15; } }
    { let dd = xn11 + en0 - 2.0 * acc11_0; if (dd < best11) { best11 = dd; bi11 = ci0; } }
    { let dd = xn11 + en1 - 2.0 * acc11_1; if (dd < best11) { best11 = dd; bi11 = ci1; } }
    { let dd = xn11 + en2 - 2.0 * acc11_2; if (dd < best11) { best11 = dd; bi11 = ci2; } }
    { let dd = xn11 + en3 - 2.0 * acc11_3; if (dd < best11) { best11 = dd; bi11 = ci3; } }
    { let dd = xn11 + en4 - 2.0 * acc11_4; if (dd < best11) { best11 = dd; bi11 = ci4; } }
    { let dd = xn11 + en5 - 2.0 * acc11_5; if (dd < best11) { best11 = dd; bi11 = ci5; } }
    { let dd = xn11 + en6 - 2.0 * acc11_6; if (dd < best11) { best11 = dd; bi11 = ci6; } }
    { let dd = xn11 + en7 - 2.0 * acc11_7; if (dd < best11) { best11 = dd; bi11 = ci7; } }
    { let dd = xn11 + en8 - 2.0 * acc11_8; if (dd < best11) { best11 = dd; bi11 = ci8; } }
    { let dd = xn11 + en9 - 2.0 * acc11_9; if (dd < best11) { best11 = dd; bi11 = ci9; } }
    { let dd = xn11 + en10 - 2.0 * acc11_10; if (dd < best11) { best11 = dd; bi11 = ci10; } }
    { let dd = xn11 + en11 - 2.0 * acc11_11; if (dd < best11) { best11 = dd; bi11 = ci11; } }
    { let dd = xn11 + en12 - 2.0 * acc11_12; if (dd < best11) { best11 = dd; bi11 = ci12; } }
    { let dd = xn11 + en13 - 2.0 * acc11_13; if (dd < best11) { best11 = dd; bi11 = ci13; } }
    { let dd = xn11 + en14 - 2.0 * acc11_14; if (dd < best11) { best11 = dd; bi11 = ci14; } }
    { let dd = xn11 + en15 - 2.0 * acc11_15; if (dd < best11) { best11 = dd; bi11 = ci15; } }
    { let dd = xn12 + en0 - 2.0 * acc12_0; if (dd < best12) { best12 = dd; bi12 = ci0; } }
    { let dd = xn12 + en1 - 2.0 * acc12_1; if (dd < best12) { best12 = dd; bi12 = ci1; } }
    { let dd = xn12 + en2 - 2.0 * acc12_2; if (dd < best12) { best12 = dd; bi12 = ci2; } }
    { let dd = xn12 + en3 - 2.0 * acc12_3; if (dd < best12) { best12 = dd; bi12 = ci3; } }
    { let dd = xn12 + en4 - 2.0 * acc12_4; if (dd < best12) { best12 = dd; bi12 = ci4; } }
    { let dd = xn12 + en5 - 2.0 * acc12_5; if (dd < best12) { best12 = dd; bi12 = ci5; } }
    { let dd = xn12 + en6 - 2.0 * acc12_6; if (dd < best12) { best12 = dd; bi12 = ci6; } }
    { let dd = xn12 + en7 - 2.0 * acc12_7; if (dd < best12) { best12 = dd; bi12 = ci7; } }
    { let dd = xn12 + en8 - 2.0 * acc12_8; if (dd < best12) { best12 = dd; bi12 = ci8; } }
    { let dd = xn12 + en9 - 2.0 * acc12_9; if (dd < best12) { best12 = dd; bi12 = ci9; } }
    { let dd = xn12 + en10 - 2.0 * acc12_10; if (dd < best12) { best12 = dd; bi12 = ci10; } }
    { let dd = xn12 + en11 - 2.0 * acc12_11; if (dd < best12) { best12 = dd; bi12 = ci11; } }
    { let dd = xn12 + en12 - 2.0 * acc12_12; if (dd < best12) { best12 = dd; bi12 = ci12; } }
    { let dd = xn12 + en13 - 2.0 * acc12_13; if (dd < best12) { best12 = dd; bi12 = ci13; } }
    { let dd = xn12 + en14 - 2.0 * acc12_14; if (dd < best12) { best12 = dd; bi12 = ci14; } }
    { let dd = xn12 + en15 - 2.0 * acc12_15; if (dd < best12) { best12 = dd; bi12 = ci15; } }
    { let dd = xn13 + en0 - 2.0 * acc13_0; if (dd < best13) { best13 = dd; bi13 = ci0; } }
    { let dd = xn13 + en1 - 2.0 * acc13_1; if (dd < best13) { best13 = dd; bi13 = ci1; } }
    { let dd = xn13 + en2 - 2.0 * acc13_2; if (dd < best13) { best13 = dd; bi13 = ci2; } }
    { let dd = xn13 + en3 - 2.0 * acc13_3; if (dd < best13) { best13 = dd; bi13 = ci3; } }
    { let dd = xn13 + en4 - 2.0 * acc13_4; if (dd < best13) { best13 = dd; bi13 = ci4; } }
    { let dd = xn13 + en5 - 2.0 * acc13_5; if (dd < best13) { best13 = dd; bi13 = ci5; } }
    { let dd = xn13 + en6 - 2.0 * acc13_6; if (dd < best13) { best13 = dd; bi13 = ci6; } }
    { let dd = xn13 + en7 - 2.0 * acc13_7; if (dd < best13) { best13 = dd; bi13 = ci7; } }
    { let dd = xn13 + en8 - 2.0 * acc13_8; if (dd < best13) { best13 = dd; bi13 = ci8; } }
    { let dd = xn13 + en9 - 2.0 * acc13_9; if (dd < best13) { best13 = dd; bi13 = ci9; } }
    { let dd = xn13 + en10 - 2.0 * acc13_10; if (dd < best13) { best13 = dd; bi13 = ci10; } }
    { let dd = xn13 + en11 - 2.0 * acc13_11; if (dd < best13) { best13 = dd; bi13 = ci11; } }
    { let dd = xn13 + en12 - 2.0 * acc13_12; if (dd < best13) { best13 = dd; bi13 = ci12; } }
    { let dd = xn13 + en13 - 2.0 * acc13_13; if (dd < best13) { best13 = dd; bi13 = ci13; } }
    { let dd = xn13 + en14 - 2.0 * acc13_14; if (dd < best13) { best13 = dd; bi13 = ci14; } }
    { let dd = xn13 + en15 - 2.0 * acc13_15; if (dd < best13) { best13 = dd; bi13 = ci15; } }
    { let dd = xn14 + en0 - 2.0 * acc14_0; if (dd < best14) { best14 = dd; bi14 = ci0; } }
    { let dd = xn14 + en1 - 2.0 * acc14_1; if (dd < best14) { best14 = dd; bi14 = ci1; } }
    { let dd = xn14 + en2 - 2.0 * acc14_2; if (dd < best14) { best14 = dd; bi14 = ci2; } }
    { let dd = xn14 + en3 - 2.0 * acc14_3; if (dd < best14) { best14 = dd; bi14 = ci3; } }
    { let dd = xn14 + en4 - 2.0 * acc14_4; if (dd < best14) { best14 = dd; bi14 = ci4; } }
    { let dd = xn14 + en5 - 2.0 * acc14_5; if (dd < best14) { best14 = dd; bi14 = ci5; } }
    { let dd = xn14 + en6 - 2.0 * acc14_6; if (dd < best14) { best14 = dd; bi14 = ci6; } }
    { let dd = xn14 + en7 - 2.0 * acc14_7; if (dd < best14) { best14 = dd; bi14 = ci7; } }
    { let dd = xn14 + en8 - 2.0 * acc14_8; if (dd < best14) { best14 = dd; bi14 = ci8; } }
    { let dd = xn14 + en9 - 2.0 * acc14_9; if (dd < best14) { best14 = dd; bi14 = ci9; } }
    { let dd = xn14 + en10 - 2.0 * acc14_10; if (dd < best14) { best14 = dd; bi14 = ci10; } }
    { let dd = xn14 + en11 - 2.0 * acc14_11; if (dd < best14) { best14 = dd; bi14 = ci11; } }
    { let dd = xn14 + en12 - 2.0 * acc14_12; if (dd < best14) { best14 = dd; bi14 = ci12; } }
    { let dd = xn14 + en13 - 2.0 * acc14_13; if (dd < best14) { best14 = dd; bi14 = ci13; } }
    { let dd = xn14 + en14 - 2.0 * acc14_14; if (dd < best14) { best14 = dd; bi14 = ci14; } }
    { let dd = xn14 + en15 - 2.0 * acc14_15; if (dd < best14) { best14 = dd; bi14 = ci15; } }
    { let dd = xn15 + en0 - 2.0 * acc15_0; if (dd < best15) { best15 = dd; bi15 = ci0; } }
    { let dd = xn15 + en1 - 2.0 * acc15_1; if (dd < best15) { best15 = dd; bi15 = ci1; } }
    { let dd = xn15 + en2 - 2.0 * acc15_2; if (dd < best15) { best15 = dd; bi15 = ci2; } }
    { let dd = xn15 + en3 - 2.0 * acc15_3; if (dd < best15) { best15 = dd; bi15 = ci3; } }
    { let dd = xn15 + en4 - 2.0 * acc15_4; if (dd < best15) { best15 = dd; bi15 = ci4; } }
    { let dd = xn15 + en5 - 2.0 * acc15_5; if (dd < best15) { best15 = dd; bi15 = ci5; } }
    { let dd = xn15 + en6 - 2.0 * acc15_6; if (dd < best15) { best15 = dd; bi15 = ci6; } }
    { let dd = xn15 + en7 - 2.0 * acc15_7; if (dd < best15) { best15 = dd; bi15 = ci7; } }
    { let dd = xn15 + en8 - 2.0 * acc15_8; if (dd < best15) { best15 = dd; bi15 = ci8; } }
    { let dd = xn15 + en9 - 2.0 * acc15_9; if (dd < best15) { best15 = dd; bi15 = ci9; } }
    { let dd = xn15 + en10 - 2.0 * acc15_10; if (dd < best15) { best15 = dd; bi15 = ci10; } }
    { let dd = xn15 + en11 - 2.0 * acc15_11; if (dd < best15) { best15 = dd; bi15 = ci11; } }
    { let dd = xn15 + en12 - 2.0 * acc15_12; if (dd < best15) { best15 = dd; bi15 = ci12; } }
    { let dd = xn15 + en13 - 2.0 * acc15_13; if (dd < best15) { best15 = dd; bi15 = ci13; } }
    { let dd = xn15 + en14 - 2.0 * acc15_14; if (dd < best15) { best15 = dd; bi15 = ci14; } }
    { let dd = xn15 + en15 - 2.0 * acc15_15; if (dd < best15) { best15 = dd; bi15 = ci15; } }
  }
  // Merge the lanes that share a row: smallest distance, then smallest index.
  best_d[lid.x * 128u + lid.y * 16u + 0u] = best0;
  best_i[lid.x * 128u + lid.y * 16u + 0u] = bi0;
  best_d[lid.x * 128u + lid.y * 16u + 1u] = best1;
  best_i[lid.x * 128u + lid.y * 16u + 1u] = bi1;
  best_d[lid.x * 128u + lid.y * 16u + 2u] = best2;
  best_i[lid.x * 128u + lid.y * 16u + 2u] = bi2;
  best_d[lid.x * 128u + lid.y * 16u + 3u] = best3;
  best_i[lid.x * 128u + lid.y * 16u + 3u] = bi3;
  best_d[lid.x * 128u + lid.y * 16u + 4u] = best4;
  best_i[lid.x * 128u + lid.y * 16u + 4u] = bi4;
  best_d[lid.x * 128u + lid.y * 16u + 5u] = best5;
  best_i[lid.x * 128u + lid.y * 16u + 5u] = bi5;
  best_d[lid.x * 128u + lid.y * 16u + 6u] = best6;
  best_i[lid.x * 128u + lid.y * 16u + 6u] = bi6;
  best_d[lid.x * 128u + lid.y * 16u + 7u] = best7;
  best_i[lid.x * 128u + lid.y * 16u + 7u] = bi7;
  best_d[lid.x * 128u + lid.y * 16u + 8u] = best8;
  best_i[lid.x * 128u + lid.y * 16u + 8u] = bi8;
  best_d[lid.x * 128u + lid.y * 16u + 9u] = best9;
  best_i[lid.x * 128u + lid.y * 16u + 9u] = bi9;
  best_d[lid.x * 128u + lid.y * 16u + 10u] = best10;
  best_i[lid.x * 128u + lid.y * 16u + 10u] = bi10;
  best_d[lid.x * 128u + lid.y * 16u + 11u] = best11;
  best_i[lid.x * 128u + lid.y * 16u + 11u] = bi11;
  best_d[lid.x * 128u + lid.y * 16u + 12u] = best12;
  best_i[lid.x * 128u + lid.y * 16u + 12u] = bi12;
  best_d[lid.x * 128u + lid.y * 16u + 13u] = best13;
  best_i[lid.x * 128u + lid.y * 16u + 13u] = bi13;
  best_d[lid.x * 128u + lid.y * 16u + 14u] = best14;
  best_i[lid.x * 128u + lid.y * 16u + 14u] = bi14;
  best_d[lid.x * 128u + lid.y * 16u + 15u] = best15;
  best_i[lid.x * 128u + lid.y * 16u + 15u] = bi15;
  workgroupBarrier();
  for (var r = li; r < 128u; r += 64u) {
    var d = best_d[r];
    var k = best_i[r];
    for (var l = 1u; l < 8u; l++) {
      let dl = best_d[l * 128u + r];
      let kl = best_i[l * 128u + r];
      if (dl < d || (dl == d && kl < k)) { d = dl; k = kl; }
    }
    if (wg_row0 + r < p.n) { out[wg_row0 + r] = k; }
  }
}
