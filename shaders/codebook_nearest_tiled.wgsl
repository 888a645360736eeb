// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// `nearest_code_tiled`: the result of `nearest_code` (codebook_nearest.wgsl) on the GPU tiling:
// any D; workgroup_size(256); 64 queries per workgroup, the codebook
// walked 64 codes at a time with D in steps of 16 through double-buffered workgroup tiles;
// 4 queries x 4 codes per invocation; 1-D grid (folded into y).
struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> e_: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;

var<workgroup> nearest_code_tiled_a: array<vec4<f32>, 512>;
var<workgroup> nearest_code_tiled_b: array<vec4<f32>, 512>;

@compute @workgroup_size(256, 1, 1)
fn nearest_code_tiled(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
      @builtin(local_invocation_index) li: u32) {
  let tx = li % 16u;
  let ty = li / 16u;
  let m0 = (wg.x + wg.y * nwg.x) * 64u;  // first query of this workgroup (1-d grid folded into y)
  let steps = (p.d + 15u) / 16u;
  var pa0 = vec4<f32>(0.0);
  var pb0 = vec4<f32>(0.0);
  var best0 = 3.402823e38;
  var bi0 = 0u;
  var xn0 = 0.0;
  var best1 = 3.402823e38;
  var bi1 = 0u;
  var xn1 = 0.0;
  var best2 = 3.402823e38;
  var bi2 = 0u;
  var xn2 = 0.0;
  var best3 = 3.402823e38;
  var bi3 = 0u;
  var xn3 = 0.0;
  for (var c0 = 0u; c0 < p.k; c0 += 64u) {
    var acc0_0 = vec4<f32>(0.0);
    var acc1_0 = vec4<f32>(0.0);
    var acc2_0 = vec4<f32>(0.0);
    var acc3_0 = vec4<f32>(0.0);
    var en0 = vec4<f32>(0.0);
    {
      // scalar loads, one whole tile slot (4 queries or 4 codes at one d) per register;
      // consecutive invocations read consecutive d (consecutive addresses); zeros past the ends
      { let q = li + 0u; let gk = 0u + q % 16u; let row = 4u * (q / 16u);
        { let gm = m0 + row + 0u;
          pa0[0] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
        { let gm = m0 + row + 1u;
          pa0[1] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
        { let gm = m0 + row + 2u;
          pa0[2] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
        { let gm = m0 + row + 3u;
          pa0[3] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
      }
      { let q = li + 0u; let gk = 0u + q % 16u; let col = 4u * (q / 16u);
        { let gn = c0 + col + 0u;
          pb0[0] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
        { let gn = c0 + col + 1u;
          pb0[1] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
        { let gn = c0 + col + 2u;
          pb0[2] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
        { let gn = c0 + col + 3u;
          pb0[3] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
      }
    }
    {
      let sa = 0u * 256u;
      let sb = 0u * 256u;
      { let q = li + 0u; nearest_code_tiled_a[sa + (q % 16u) * 16u + q / 16u] = pa0; }
      { let q = li + 0u; nearest_code_tiled_b[sb + (q % 16u) * 16u + q / 16u] = pb0; }
    }
    workgroupBarrier();
    let first = c0 == 0u;  // the query norms are summed during the first code tile
    for (var t = 0u; t < steps; t++) {
      let more = t + 1u < steps;
      if (more) {
        // scalar loads, one whole tile slot (4 queries or 4 codes at one d) per register;
        // consecutive invocations read consecutive d (consecutive addresses); zeros past the ends
        { let q = li + 0u; let gk = (t + 1u) * 16u + q % 16u; let row = 4u * (q / 16u);
          { let gm = m0 + row + 0u;
            pa0[0] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
          { let gm = m0 + row + 1u;
            pa0[1] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
          { let gm = m0 + row + 2u;
            pa0[2] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
          { let gm = m0 + row + 3u;
            pa0[3] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }
        }
        { let q = li + 0u; let gk = (t + 1u) * 16u + q % 16u; let col = 4u * (q / 16u);
          { let gn = c0 + col + 0u;
            pb0[0] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
          { let gn = c0 + col + 1u;
            pb0[1] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
          { let gn = c0 + col + 2u;
            pb0[2] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
          { let gn = c0 + col + 3u;
            pb0[3] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }
        }
      }
      let ra = (t & 1u) * 256u + ty;
      let rb = (t & 1u) * 256u + tx;
      // d ascending, zeros past D: the same fma sequences as the other nearest-code kernels
      let a0 = nearest_code_tiled_a[ra + 0u];
      let b0_0 = nearest_code_tiled_b[rb + 0u];
      en0 = fma(b0_0, b0_0, en0);
      if (first) { xn0 = fma(a0[0], a0[0], xn0); xn1 = fma(a0[1], a0[1], xn1); xn2 = fma(a0[2], a0[2], xn2); xn3 = fma(a0[3], a0[3], xn3); }
      acc0_0 = fma(vec4<f32>(a0[0]), b0_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a0[1]), b0_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a0[2]), b0_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a0[3]), b0_0, acc3_0);
      let a1 = nearest_code_tiled_a[ra + 16u];
      let b1_0 = nearest_code_tiled_b[rb + 16u];
      en0 = fma(b1_0, b1_0, en0);
      if (first) { xn0 = fma(a1[0], a1[0], xn0); xn1 = fma(a1[1], a1[1], xn1); xn2 = fma(a1[2], a1[2], xn2); xn3 = fma(a1[3], a1[3], xn3); }
      acc0_0 = fma(vec4<f32>(a1[0]), b1_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a1[1]), b1_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a1[2]), b1_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a1[3]), b1_0, acc3_0);
      let a2 = nearest_code_tiled_a[ra + 32u];
      let b2_0 = nearest_code_tiled_b[rb + 32u];
      en0 = fma(b2_0, b2_0, en0);
      if (first) { xn0 = fma(a2[0], a2[0], xn0); xn1 = fma(a2[1], a2[1], xn1); xn2 = fma(a2[2], a2[2], xn2); xn3 = fma(a2[3], a2[3], xn3); }
      acc0_0 = fma(vec4<f32>(a2[0]), b2_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a2[1]), b2_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a2[2]), b2_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a2[3]), b2_0, acc3_0);
      let a3 = nearest_code_tiled_a[ra + 48u];
      let b3_0 = nearest_code_tiled_b[rb + 48u];
      en0 = fma(b3_0, b3_0, en0);
      if (first) { xn0 = fma(a3[0], a3[0], xn0); xn1 = fma(a3[1], a3[1], xn1); xn2 = fma(a3[2], a3[2], xn2); xn3 = fma(a3[3], a3[3], xn3); }
      acc0_0 = fma(vec4<f32>(a3[0]), b3_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a3[1]), b3_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a3[2]), b3_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a3[3]), b3_0, acc3_0);
      let a4 = nearest_code_tiled_a[ra + 64u];
      let b4_0 = nearest_code_tiled_b[rb + 64u];
      en0 = fma(b4_0, b4_0, en0);
      if (first) { xn0 = fma(a4[0], a4[0], xn0); xn1 = fma(a4[1], a4[1], xn1); xn2 = fma(a4[2], a4[2], xn2); xn3 = fma(a4[3], a4[3], xn3); }
      acc0_0 = fma(vec4<f32>(a4[0]), b4_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a4[1]), b4_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a4[2]), b4_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a4[3]), b4_0, acc3_0);
      let a5 = nearest_code_tiled_a[ra + 80u];
      let b5_0 = nearest_code_tiled_b[rb + 80u];
      en0 = fma(b5_0, b5_0, en0);
      if (first) { xn0 = fma(a5[0], a5[0], xn0); xn1 = fma(a5[1], a5[1], xn1); xn2 = fma(a5[2], a5[2], xn2); xn3 = fma(a5[3], a5[3], xn3); }
      acc0_0 = fma(vec4<f32>(a5[0]), b5_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a5[1]), b5_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a5[2]), b5_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a5[3]), b5_0, acc3_0);
      let a6 = nearest_code_tiled_a[ra + 96u];
      let b6_0 = nearest_code_tiled_b[rb + 96u];
      en0 = fma(b6_0, b6_0, en0);
      if (first) { xn0 = fma(a6[0], a6[0], xn0); xn1 = fma(a6[1], a6[1], xn1); xn2 = fma(a6[2], a6[2], xn2); xn3 = fma(a6[3], a6[3], xn3); }
      acc0_0 = fma(vec4<f32>(a6[0]), b6_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a6[1]), b6_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a6[2]), b6_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a6[3]), b6_0, acc3_0);
      let a7 = nearest_code_tiled_a[ra + 112u];
      let b7_0 = nearest_code_tiled_b[rb + 112u];
      en0 = fma(b7_0, b7_0, en0);
      if (first) { xn0 = fma(a7[0], a7[0], xn0); xn1 = fma(a7[1], a7[1], xn1); xn2 = fma(a7[2], a7[2], xn2); xn3 = fma(a7[3], a7[3], xn3); }
      acc0_0 = fma(vec4<f32>(a7[0]), b7_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a7[1]), b7_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a7[2]), b7_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a7[3]), b7_0, acc3_0);
      let a8 = nearest_code_tiled_a[ra + 128u];
      let b8_0 = nearest_code_tiled_b[rb + 128u];
      en0 = fma(b8_0, b8_0, en0);
      if (first) { xn0 = fma(a8[0], a8[0], xn0); xn1 = fma(a8[1], a8[1], xn1); xn2 = fma(a8[2], a8[2], xn2); xn3 = fma(a8[3], a8[3], xn3); }
      acc0_0 = fma(vec4<f32>(a8[0]), b8_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a8[1]), b8_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a8[2]), b8_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a8[3]), b8_0, acc3_0);
      let a9 = nearest_code_tiled_a[ra + 144u];
      let b9_0 = nearest_code_tiled_b[rb + 144u];
      en0 = fma(b9_0, b9_0, en0);
      if (first) { xn0 = fma(a9[0], a9[0], xn0); xn1 = fma(a9[1], a9[1], xn1); xn2 = fma(a9[2], a9[2], xn2); xn3 = fma(a9[3], a9[3], xn3); }
      acc0_0 = fma(vec4<f32>(a9[0]), b9_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a9[1]), b9_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a9[2]), b9_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a9[3]), b9_0, acc3_0);
      let a10 = nearest_code_tiled_a[ra + 160u];
      let b10_0 = nearest_code_tiled_b[rb + 160u];
      en0 = fma(b10_0, b10_0, en0);
      if (first) { xn0 = fma(a10[0], a10[0], xn0); xn1 = fma(a10[1], a10[1], xn1); xn2 = fma(a10[2], a10[2], xn2); xn3 = fma(a10[3], a10[3], xn3); }
      acc0_0 = fma(vec4<f32>(a10[0]), b10_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a10[1]), b10_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a10[2]), b10_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a10[3]), b10_0, acc3_0);
      let a11 = nearest_code_tiled_a[ra + 176u];
      let b11_0 = nearest_code_tiled_b[rb + 176u];
      en0 = fma(b11_0, b11_0, en0);
      if (first) { xn0 = fma(a11[0], a11[0], xn0); xn1 = fma(a11[1], a11[1], xn1); xn2 = fma(a11[2], a11[2], xn2); xn3 = fma(a11[3], a11[3], xn3); }
      acc0_0 = fma(vec4<f32>(a11[0]), b11_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a11[1]), b11_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a11[2]), b11_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a11[3]), b11_0, acc3_0);
      let a12 = nearest_code_tiled_a[ra + 192u];
      let b12_0 = nearest_code_tiled_b[rb + 192u];
      en0 = fma(b12_0, b12_0, en0);
      if (first) { xn0 = fma(a12[0], a12[0], xn0); xn1 = fma(a12[1], a12[1], xn1); xn2 = fma(a12[2], a12[2], xn2); xn3 = fma(a12[3], a12[3], xn3); }
      acc0_0 = fma(vec4<f32>(a12[0]), b12_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a12[1]), b12_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a12[2]), b12_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a12[3]), b12_0, acc3_0);
      let a13 = nearest_code_tiled_a[ra + 208u];
      let b13_0 = nearest_code_tiled_b[rb + 208u];
      en0 = fma(b13_0, b13_0, en0);
      if (first) { xn0 = fma(a13[0], a13[0], xn0); xn1 = fma(a13[1], a13[1], xn1); xn2 = fma(a13[2], a13[2], xn2); xn3 = fma(a13[3], a13[3], xn3); }
      acc0_0 = fma(vec4<f32>(a13[0]), b13_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a13[1]), b13_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a13[2]), b13_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a13[3]), b13_0, acc3_0);
      let a14 = nearest_code_tiled_a[ra + 224u];
      let b14_0 = nearest_code_tiled_b[rb + 224u];
      en0 = fma(b14_0, b14_0, en0);
      if (first) { xn0 = fma(a14[0], a14[0], xn0); xn1 = fma(a14[1], a14[1], xn1); xn2 = fma(a14[2], a14[2], xn2); xn3 = fma(a14[3], a14[3], xn3); }
      acc0_0 = fma(vec4<f32>(a14[0]), b14_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a14[1]), b14_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a14[2]), b14_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a14[3]), b14_0, acc3_0);
      let a15 = nearest_code_tiled_a[ra + 240u];
      let b15_0 = nearest_code_tiled_b[rb + 240u];
      en0 = fma(b15_0, b15_0, en0);
      if (first) { xn0 = fma(a15[0], a15[0], xn0); xn1 = fma(a15[1], a15[1], xn1); xn2 = fma(a15[2], a15[2], xn2); xn3 = fma(a15[3], a15[3], xn3); }
      acc0_0 = fma(vec4<f32>(a15[0]), b15_0, acc0_0);
      acc1_0 = fma(vec4<f32>(a15[1]), b15_0, acc1_0);
      acc2_0 = fma(vec4<f32>(a15[2]), b15_0, acc2_0);
      acc3_0 = fma(vec4<f32>(a15[3]), b15_0, acc3_0);
      if (more) {
        let sa = ((t + 1u) & 1u) * 256u;
        let sb = ((t + 1u) & 1u) * 256u;
        { let q = li + 0u; nearest_code_tiled_a[sa + (q % 16u) * 16u + q / 16u] = pa0; }
        { let q = li + 0u; nearest_code_tiled_b[sb + (q % 16u) * 16u + q / 16u] = pb0; }
      }
      workgroupBarrier();
    }
    // ‖x‖² + ‖e‖² − 2 x·e; (distance, index) order, so the visiting order does not matter
    let ci0 = c0 + 0u + 4u * tx + 0u;
    { let dd = xn0 + en0[0] - 2.0 * acc0_0[0];
      if (ci0 < p.k && (dd < best0 || (dd == best0 && ci0 < bi0))) { best0 = dd; bi0 = ci0; } }
    { let dd = xn1 + en0[0] - 2.0 * acc1_0[0];
      if (ci0 < p.k && (dd < best1 || (dd == best1 && ci0 < bi1))) { best1 = dd; bi1 = ci0; } }
    { let dd = xn2 + en0[0] - 2.0 * acc2_0[0];
      if (ci0 < p.k && (dd < best2 || (dd == best2 && ci0 < bi2))) { best2 = dd; bi2 = ci0; } }
    { let dd = xn3 + en0[0] - 2.0 * acc3_0[0];
      if (ci0 < p.k && (dd < best3 || (dd == best3 && ci0 < bi3))) { best3 = dd; bi3 = ci0; } }
    let ci1 = c0 + 0u + 4u * tx + 1u;
    { let dd = xn0 + en0[1] - 2.0 * acc0_0[1];
      if (ci1 < p.k && (dd < best0 || (dd == best0 && ci1 < bi0))) { best0 = dd; bi0 = ci1; } }
    { let dd = xn1 + en0[1] - 2.0 * acc1_0[1];
      if (ci1 < p.k && (dd < best1 || (dd == best1 && ci1 < bi1))) { best1 = dd; bi1 = ci1; } }
    { let dd = xn2 + en0[1] - 2.0 * acc2_0[1];
      if (ci1 < p.k && (dd < best2 || (dd == best2 && ci1 < bi2))) { best2 = dd; bi2 = ci1; } }
    { let dd = xn3 + en0[1] - 2.0 * acc3_0[1];
      if (ci1 < p.k && (dd < best3 || (dd == best3 && ci1 < bi3))) { best3 = dd; bi3 = ci1; } }
    let ci2 = c0 + 0u + 4u * tx + 2u;
    { let dd = xn0 + en0[2] - 2.0 * acc0_0[2];
      if (ci2 < p.k && (dd < best0 || (dd == best0 && ci2 < bi0))) { best0 = dd; bi0 = ci2; } }
    { let dd = xn1 + en0[2] - 2.0 * acc1_0[2];
      if (ci2 < p.k && (dd < best1 || (dd == best1 && ci2 < bi1))) { best1 = dd; bi1 = ci2; } }
    { let dd = xn2 + en0[2] - 2.0 * acc2_0[2];
      if (ci2 < p.k && (dd < best2 || (dd == best2 && ci2 < bi2))) { best2 = dd; bi2 = ci2; } }
    { let dd = xn3 + en0[2] - 2.0 * acc3_0[2];
      if (ci2 < p.k && (dd < best3 || (dd == best3 && ci2 < bi3))) { best3 = dd; bi3 = ci2; } }
    let ci3 = c0 + 0u + 4u * tx + 3u;
    { let dd = xn0 + en0[3] - 2.0 * acc0_0[3];
      if (ci3 < p.k && (dd < best0 || (dd == best0 && ci3 < bi0))) { best0 = dd; bi0 = ci3; } }
    { let dd = xn1 + en0[3] - 2.0 * acc1_0[3];
      if (ci3 < p.k && (dd < best1 || (dd == best1 && ci3 < bi1))) { best1 = dd; bi1 = ci3; } }
    { let dd = xn2 + en0[3] - 2.0 * acc2_0[3];
      if (ci3 < p.k && (dd < best2 || (dd == best2 && ci3 < bi2))) { best2 = dd; bi2 = ci3; } }
    { let dd = xn3 + en0[3] - 2.0 * acc3_0[3];
      if (ci3 < p.k && (dd < best3 || (dd == best3 && ci3 < bi3))) { best3 = dd; bi3 = ci3; } }
  }
  // merge the 16 invocations of each query: smallest distance, then smallest index;
  // the tiles (free after the last barrier) hold the distances and the indices (as f32:
  // exact below 2^24 codes, which the launcher checks), keeping the kernel within 16 KiB;
  // invocation (tx, ty) writes its 4 queries' values as one vec4 each, at ty * 16 + tx
  nearest_code_tiled_a[ty * 16u + tx] = vec4<f32>(best0, best1, best2, best3);
  nearest_code_tiled_b[ty * 16u + tx] = vec4<f32>(f32(bi0), f32(bi1), f32(bi2), f32(bi3));
  workgroupBarrier();
  if (li < 64u) {
    let first = (li / 4u) * 16u;  // query li: component li % 4 of the vec4s of its group
    var d = nearest_code_tiled_a[first][li % 4u];
    var k = u32(nearest_code_tiled_b[first][li % 4u]);
    for (var l = 1u; l < 16u; l++) {
      let dl = nearest_code_tiled_a[first + l][li % 4u];
      let kl = u32(nearest_code_tiled_b[first + l][li % 4u]);
      if (dl < d || (dl == d && kl < k)) { d = dl; k = kl; }
    }
    if (m0 + li < p.n) { out[m0 + li] = k; }
  }
}
