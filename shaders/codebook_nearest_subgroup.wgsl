// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// `nearest_code_subgroup`: the result of `nearest_code` in codebook_nearest.wgsl, for D % 4 == 0
// on adapters with subgroups of exactly 8 invocations (needs wgpu::Features::SUBGROUP).
// workgroup_size(8, 1, 1) = 1 subgroups; a subgroup takes 64 queries, a lane 4
// codes of every block of 32; 64 queries per workgroup, 1-D grid (folded into y).
// Per 4 values of d a lane issues 8 vec4 loads of queries and 4 of codes.
struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> e4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;

@compute @workgroup_size(8, 1, 1)
fn nearest_code_subgroup(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
  @builtin(subgroup_id) sg: u32, @builtin(subgroup_invocation_id) lane: u32) {
  let row0 = ((wg.x + wg.y * nwg.x) * 1u + sg) * 64u;  // first query of this subgroup
  let d4 = p.d / 4u;
  // This lane loads queries row0 + 8s + lane (rows past N repeat row N-1, never stored).
  let ra0 = min(row0 + 0u + lane, p.n - 1u) * d4;
  var xs0 = 0.0;
  let ra1 = min(row0 + 8u + lane, p.n - 1u) * d4;
  var xs1 = 0.0;
  let ra2 = min(row0 + 16u + lane, p.n - 1u) * d4;
  var xs2 = 0.0;
  let ra3 = min(row0 + 24u + lane, p.n - 1u) * d4;
  var xs3 = 0.0;
  let ra4 = min(row0 + 32u + lane, p.n - 1u) * d4;
  var xs4 = 0.0;
  let ra5 = min(row0 + 40u + lane, p.n - 1u) * d4;
  var xs5 = 0.0;
  let ra6 = min(row0 + 48u + lane, p.n - 1u) * d4;
  var xs6 = 0.0;
  let ra7 = min(row0 + 56u + lane, p.n - 1u) * d4;
  var xs7 = 0.0;
  for (var s = 0u; s < d4; s++) {
    let q0 = x4[ra0 + s];
    xs0 = fma(q0.w, q0.w, fma(q0.z, q0.z, fma(q0.y, q0.y, fma(q0.x, q0.x, xs0))));
    let q1 = x4[ra1 + s];
    xs1 = fma(q1.w, q1.w, fma(q1.z, q1.z, fma(q1.y, q1.y, fma(q1.x, q1.x, xs1))));
    let q2 = x4[ra2 + s];
    xs2 = fma(q2.w, q2.w, fma(q2.z, q2.z, fma(q2.y, q2.y, fma(q2.x, q2.x, xs2))));
    let q3 = x4[ra3 + s];
    xs3 = fma(q3.w, q3.w, fma(q3.z, q3.z, fma(q3.y, q3.y, fma(q3.x, q3.x, xs3))));
    let q4 = x4[ra4 + s];
    xs4 = fma(q4.w, q4.w, fma(q4.z, q4.z, fma(q4.y, q4.y, fma(q4.x, q4.x, xs4))));
    let q5 = x4[ra5 + s];
    xs5 = fma(q5.w, q5.w, fma(q5.z, q5.z, fma(q5.y, q5.y, fma(q5.x, q5.x, xs5))));
    let q6 = x4[ra6 + s];
    xs6 = fma(q6.w, q6.w, fma(q6.z, q6.z, fma(q6.y, q6.y, fma(q6.x, q6.x, xs6))));
    let q7 = x4[ra7 + s];
    xs7 = fma(q7.w, q7.w, fma(q7.z, q7.z, fma(q7.y, q7.y, fma(q7.x, q7.x, xs7))));
  }
  // ‖x_r‖² of every query of the subgroup.
  let xn0 = subgroupBroadcast(xs0, 0u);
  var best0 = 3.402823e38;
  var bi0 = 0u;
  let xn1 = subgroupBroadcast(xs0, 1u);
  var best1 = 3.402823e38;
  var bi1 = 0u;
  let xn2 = subgroupBroadcast(xs0, 2u);
  var best2 = 3.402823e38;
  var bi2 = 0u;
  let xn3 = subgroupBroadcast(xs0, 3u);
  var best3 = 3.402823e38;
  var bi3 = 0u;
  let xn4 = subgroupBroadcast(xs0, 4u);
  var best4 = 3.402823e38;
  var bi4 = 0u;
  let xn5 = subgroupBroadcast(xs0, 5u);
  var best5 = 3.402823e38;
  var bi5 = 0u;
  let xn6 = subgroupBroadcast(xs0, 6u);
  var best6 = 3.402823e38;
  var bi6 = 0u;
  let xn7 = subgroupBroadcast(xs0, 7u);
  var best7 = 3.402823e38;
  var bi7 = 0u;
  let xn8 = subgroupBroadcast(xs1, 0u);
  var best8 = 3.402823e38;
  var bi8 = 0u;
  let xn9 = subgroupBroadcast(xs1, 1u);
  var best9 = 3.402823e38;
  var bi9 = 0u;
  let xn10 = subgroupBroadcast(xs1, 2u);
  var best10 = 3.402823e38;
  var bi10 = 0u;
  let xn11 = subgroupBroadcast(xs1, 3u);
  var best11 = 3.402823e38;
  var bi11 = 0u;
  let xn12 = subgroupBroadcast(xs1, 4u);
  var best12 = 3.402823e38;
  var bi12 = 0u;
  let xn13 = subgroupBroadcast(xs1, 5u);
  var best13 = 3.402823e38;
  var bi13 = 0u;
  let xn14 = subgroupBroadcast(xs1, 6u);
  var best14 = 3.402823e38;
  var bi14 = 0u;
  let xn15 = subgroupBroadcast(xs1, 7u);
  var best15 = 3.402823e38;
  var bi15 = 0u;
  let xn16 = subgroupBroadcast(xs2, 0u);
  var best16 = 3.402823e38;
  var bi16 = 0u;
  let xn17 = subgroupBroadcast(xs2, 1u);
  var best17 = 3.402823e38;
  var bi17 = 0u;
  let xn18 = subgroupBroadcast(xs2, 2u);
  var best18 = 3.402823e38;
  var bi18 = 0u;
  let xn19 = subgroupBroadcast(xs2, 3u);
  var best19 = 3.402823e38;
  var bi19 = 0u;
  let xn20 = subgroupBroadcast(xs2, 4u);
  var best20 = 3.402823e38;
  var bi20 = 0u;
  let xn21 = subgroupBroadcast(xs2, 5u);
  var best21 = 3.402823e38;
  var bi21 = 0u;
  let xn22 = subgroupBroadcast(xs2, 6u);
  var best22 = 3.402823e38;
  var bi22 = 0u;
  let xn23 = subgroupBroadcast(xs2, 7u);
  var best23 = 3.402823e38;
  var bi23 = 0u;
  let xn24 = subgroupBroadcast(xs3, 0u);
  var best24 = 3.402823e38;
  var bi24 = 0u;
  let xn25 = subgroupBroadcast(xs3, 1u);
  var best25 = 3.402823e38;
  var bi25 = 0u;
  let xn26 = subgroupBroadcast(xs3, 2u);
  var best26 = 3.402823e38;
  var bi26 = 0u;
  let xn27 = subgroupBroadcast(xs3, 3u);
  var best27 = 3.402823e38;
  var bi27 = 0u;
  let xn28 = subgroupBroadcast(xs3, 4u);
  var best28 = 3.402823e38;
  var bi28 = 0u;
  let xn29 = subgroupBroadcast(xs3, 5u);
  var best29 = 3.402823e38;
  var bi29 = 0u;
  let xn30 = subgroupBroadcast(xs3, 6u);
  var best30 = 3.402823e38;
  var bi30 = 0u;
  let xn31 = subgroupBroadcast(xs3, 7u);
  var best31 = 3.402823e38;
  var bi31 = 0u;
  let xn32 = subgroupBroadcast(xs4, 0u);
  var best32 = 3.402823e38;
  var bi32 = 0u;
  let xn33 = subgroupBroadcast(xs4, 1u);
  var best33 = 3.402823e38;
  var bi33 = 0u;
  let xn34 = subgroupBroadcast(xs4, 2u);
  var best34 = 3.402823e38;
  var bi34 = 0u;
  let xn35 = subgroupBroadcast(xs4, 3u);
  var best35 = 3.402823e38;
  var bi35 = 0u;
  let xn36 = subgroupBroadcast(xs4, 4u);
  var best36 = 3.402823e38;
  var bi36 = 0u;
  let xn37 = subgroupBroadcast(xs4, 5u);
  var best37 = 3.402823e38;
  var bi37 = 0u;
  let xn38 = subgroupBroadcast(xs4, 6u);
  var best38 = 3.402823e38;
  var bi38 = 0u;
  let xn39 = subgroupBroadcast(xs4, 7u);
  var best39 = 3.402823e38;
  var bi39 = 0u;
  let xn40 = subgroupBroadcast(xs5, 0u);
  var best40 = 3.402823e38;
  var bi40 = 0u;
  let xn41 = subgroupBroadcast(xs5, 1u);
  var best41 = 3.402823e38;
  var bi41 = 0u;
  let xn42 = subgroupBroadcast(xs5, 2u);
  var best42 = 3.402823e38;
  var bi42 = 0u;
  let xn43 = subgroupBroadcast(xs5, 3u);
  var best43 = 3.402823e38;
  var bi43 = 0u;
  let xn44 = subgroupBroadcast(xs5, 4u);
  var best44 = 3.402823e38;
  var bi44 = 0u;
  let xn45 = subgroupBroadcast(xs5, 5u);
  var best45 = 3.402823e38;
  var bi45 = 0u;
  let xn46 = subgroupBroadcast(xs5, 6u);
  var best46 = 3.402823e38;
  var bi46 = 0u;
  let xn47 = subgroupBroadcast(xs5, 7u);
  var best47 = 3.402823e38;
  var bi47 = 0u;
  let xn48 = subgroupBroadcast(xs6, 0u);
  var best48 = 3.402823e38;
  var bi48 = 0u;
  let xn49 = subgroupBroadcast(xs6, 1u);
  var best49 = 3.402823e38;
  var bi49 = 0u;
  let xn50 = subgroupBroadcast(xs6, 2u);
  var best50 = 3.402823e38;
  var bi50 = 0u;
  let xn51 = subgroupBroadcast(xs6, 3u);
  var best51 = 3.402823e38;
  var bi51 = 0u;
  let xn52 = subgroupBroadcast(xs6, 4u);
  var best52 = 3.402823e38;
  var bi52 = 0u;
  let xn53 = subgroupBroadcast(xs6, 5u);
  var best53 = 3.402823e38;
  var bi53 = 0u;
  let xn54 = subgroupBroadcast(xs6, 6u);
  var best54 = 3.402823e38;
  var bi54 = 0u;
  let xn55 = subgroupBroadcast(xs6, 7u);
  var best55 = 3.402823e38;
  var bi55 = 0u;
  let xn56 = subgroupBroadcast(xs7, 0u);
  var best56 = 3.402823e38;
  var bi56 = 0u;
  let xn57 = subgroupBroadcast(xs7, 1u);
  var best57 = 3.402823e38;
  var bi57 = 0u;
  let xn58 = subgroupBroadcast(xs7, 2u);
  var best58 = 3.402823e38;
  var bi58 = 0u;
  let xn59 = subgroupBroadcast(xs7, 3u);
  var best59 = 3.402823e38;
  var bi59 = 0u;
  let xn60 = subgroupBroadcast(xs7, 4u);
  var best60 = 3.402823e38;
  var bi60 = 0u;
  let xn61 = subgroupBroadcast(xs7, 5u);
  var best61 = 3.402823e38;
  var bi61 = 0u;
  let xn62 = subgroupBroadcast(xs7, 6u);
  var best62 = 3.402823e38;
  var bi62 = 0u;
  let xn63 = subgroupBroadcast(xs7, 7u);
  var best63 = 3.402823e38;
  var bi63 = 0u;
  // A uniform loop (every lane runs every block: subgroupBroadcast needs all of them);
  // codes past K repeat code K-1 with its own index, which changes no minimum.
  let blocks = (p.k + 31u) / 32u;
  for (var t = 0u; t < blocks; t++) {
    let c0 = t * 32u + lane * 4u;
    let ci0 = min(c0 + 0u, p.k - 1u);
    let cb0 = ci0 * d4;
    var en0 = 0.0;
    let ci1 = min(c0 + 1u, p.k - 1u);
    let cb1 = ci1 * d4;
    var en1 = 0.0;
    let ci2 = min(c0 + 2u, p.k - 1u);
    let cb2 = ci2 * d4;
    var en2 = 0.0;
    let ci3 = min(c0 + 3u, p.k - 1u);
    let cb3 = ci3 * d4;
    var en3 = 0.0;
    var acc0_0 = 0.0; var acc0_1 = 0.0; var acc0_2 = 0.0; var acc0_3 = 0.0;
    var acc1_0 = 0.0; var acc1_1 = 0.0; var acc1_2 = 0.0; var acc1_3 = 0.0;
    var acc2_0 = 0.0; var acc2_1 = 0.0; var acc2_2 = 0.0; var acc2_3 = 0.0;
    var acc3_0 = 0.0; var acc3_1 = 0.0; var acc3_2 = 0.0; var acc3_3 = 0.0;
    var acc4_0 = 0.0; var acc4_1 = 0.0; var acc4_2 = 0.0; var acc4_3 = 0.0;
    var acc5_0 = 0.0; var acc5_1 = 0.0; var acc5_2 = 0.0; var acc5_3 = 0.0;
    var acc6_0 = 0.0; var acc6_1 = 0.0; var acc6_2 = 0.0; var acc6_3 = 0.0;
    var acc7_0 = 0.0; var acc7_1 = 0.0; var acc7_2 = 0.0; var acc7_3 = 0.0;
    var acc8_0 = 0.0; var acc8_1 = 0.0; var acc8_2 = 0.0; var acc8_3 = 0.0;
    var acc9_0 = 0.0; var acc9_1 = 0.0; var acc9_2 = 0.0; var acc9_3 = 0.0;
    var acc10_0 = 0.0; var acc10_1 = 0.0; var acc10_2 = 0.0; var acc10_3 = 0.0;
    var acc11_0 = 0.0; var acc11_1 = 0.0; var acc11_2 = 0.0; var acc11_3 = 0.0;
    var acc12_0 = 0.0; var acc12_1 = 0.0; var acc12_2 = 0.0; var acc12_3 = 0.0;
    var acc13_0 = 0.0; var acc13_1 = 0.0; var acc13_2 = 0.0; var acc13_3 = 0.0;
    var acc14_0 = 0.0; var acc14_1 = 0.0; var acc14_2 = 0.0; var acc14_3 = 0.0;
    var acc15_0 = 0.0; var acc15_1 = 0.0; var acc15_2 = 0.0; var acc15_3 = 0.0;
    var acc16_0 = 0.0; var acc16_1 = 0.0; var acc16_2 = 0.0; var acc16_3 = 0.0;
    var acc17_0 = 0.0; var acc17_1 = 0.0; var acc17_2 = 0.0; var acc17_3 = 0.0;
    var acc18_0 = 0.0; var acc18_1 = 0.0; var acc18_2 = 0.0; var acc18_3 = 0.0;
    var acc19_0 = 0.0; var acc19_1 = 0.0; var acc19_2 = 0.0; var acc19_3 = 0.0;
    var acc20_0 = 0.0; var acc20_1 = 0.0; var acc20_2 = 0.0; var acc20_3 = 0.0;
    var acc21_0 = 0.0; var acc21_1 = 0.0; var acc21_2 = 0.0; var acc21_3 = 0.0;
    var acc22_0 = 0.0; var acc22_1 = 0.0; var acc22_2 = 0.0; var acc22_3 = 0.0;
    var acc23_0 = 0.0; var acc23_1 = 0.0; var acc23_2 = 0.0; var acc23_3 = 0.0;
    var acc24_0 = 0.0; var acc24_1 = 0.0; var acc24_2 = 0.0; var acc24_3 = 0.0;
    var acc25_0 = 0.0; var acc25_1 = 0.0; var acc25_2 = 0.0; var acc25_3 = 0.0;
    var acc26_0 = 0.0; var acc26_1 = 0.0; var acc26_2 = 0.0; var acc26_3 = 0.0;
    var acc27_0 = 0.0; var acc27_1 = 0.0; var acc27_2 = 0.0; var acc27_3 = 0.0;
    var acc28_0 = 0.0; var acc28_1 = 0.0; var acc28_2 = 0.0; var acc28_3 = 0.0;
    var acc29_0 = 0.0; var acc29_1 = 0.0; var acc29_2 = 0.0; var acc29_3 = 0.0;
    var acc30_0 = 0.0; var acc30_1 = 0.0; var acc30_2 = 0.0; var acc30_3 = 0.0;
    var acc31_0 = 0.0; var acc31_1 = 0.0; var acc31_2 = 0.0; var acc31_3 = 0.0;
    var acc32_0 = 0.0; var acc32_1 = 0.0; var acc32_2 = 0.0; var acc32_3 = 0.0;
    var acc33_0 = 0.0; var acc33_1 = 0.0; var acc33_2 = 0.0; var acc33_3 = 0.0;
    var acc34_0 = 0.0; var acc34_1 = 0.0; var acc34_2 = 0.0; var acc34_3 = 0.0;
    var acc35_0 = 0.0; var acc35_1 = 0.0; var acc35_2 = 0.0; var acc35_3 = 0.0;
    var acc36_0 = 0.0; var acc36_1 = 0.0; var acc36_2 = 0.0; var acc36_3 = 0.0;
    var acc37_0 = 0.0; var acc37_1 = 0.0; var acc37_2 = 0.0; var acc37_3 = 0.0;
    var acc38_0 = 0.0; var acc38_1 = 0.0; var acc38_2 = 0.0; var acc38_3 = 0.0;
    var acc39_0 = 0.0; var acc39_1 = 0.0; var acc39_2 = 0.0; var acc39_3 = 0.0;
    var acc40_0 = 0.0; var acc40_1 = 0.0; var acc40_2 = 0.0; var acc40_3 = 0.0;
    var acc41_0 = 0.0; var acc41_1 = 0.0; var acc41_2 = 0.0; var acc41_3 = 0.0;
    var acc42_0 = 0.0; var acc42_1 = 0.0; var acc42_2 = 0.0; var acc42_3 = 0.0;
    var acc43_0 = 0.0; var acc43_1 = 0.0; var acc43_2 = 0.0; var acc43_3 = 0.0;
    var acc44_0 = 0.0; var acc44_1 = 0.0; var acc44_2 = 0.0; var acc44_3 = 0.0;
    var acc45_0 = 0.0; var acc45_1 = 0.0; var acc45_2 = 0.0; var acc45_3 = 0.0;
    var acc46_0 = 0.0; var acc46_1 = 0.0; var acc46_2 = 0.0; var acc46_3 = 0.0;
    var acc47_0 = 0.0; var acc47_1 = 0.0; var acc47_2 = 0.0; var acc47_3 = 0.0;
    var acc48_0 = 0.0; var acc48_1 = 0.0; var acc48_2 = 0.0; var acc48_3 = 0.0;
    var acc49_0 = 0.0; var acc49_1 = 0.0; var acc49_2 = 0.0; var acc49_3 = 0.0;
    var acc50_0 = 0.0; var acc50_1 = 0.0; var acc50_2 = 0.0; var acc50_3 = 0.0;
    var acc51_0 = 0.0; var acc51_1 = 0.0; var acc51_2 = 0.0; var acc51_3 = 0.0;
    var acc52_0 = 0.0; var acc52_1 = 0.0; var acc52_2 = 0.0; var acc52_3 = 0.0;
    var acc53_0 = 0.0; var acc53_1 = 0.0; var acc53_2 = 0.0; var acc53_3 = 0.0;
    var acc54_0 = 0.0; var acc54_1 = 0.0; var acc54_2 = 0.0; var acc54_3 = 0.0;
    var acc55_0 = 0.0; var acc55_1 = 0.0; var acc55_2 = 0.0; var acc55_3 = 0.0;
    var acc56_0 = 0.0; var acc56_1 = 0.0; var acc56_2 = 0.0; var acc56_3 = 0.0;
    var acc57_0 = 0.0; var acc57_1 = 0.0; var acc57_2 = 0.0; var acc57_3 = 0.0;
    var acc58_0 = 0.0; var acc58_1 = 0.0; var acc58_2 = 0.0; var acc58_3 = 0.0;
    var acc59_0 = 0.0; var acc59_1 = 0.0; var acc59_2 = 0.0; var acc59_3 = 0.0;
    var acc60_0 = 0.0; var acc60_1 = 0.0; var acc60_2 = 0.0; var acc60_3 = 0.0;
    var acc61_0 = 0.0; var acc61_1 = 0.0; var acc61_2 = 0.0; var acc61_3 = 0.0;
    var acc62_0 = 0.0; var acc62_1 = 0.0; var acc62_2 = 0.0; var acc62_3 = 0.0;
    var acc63_0 = 0.0; var acc63_1 = 0.0; var acc63_2 = 0.0; var acc63_3 = 0.0;
    for (var s = 0u; s < d4; s++) {
      let as0 = x4[ra0 + s];
      let as1 = x4[ra1 + s];
      let as2 = x4[ra2 + s];
      let as3 = x4[ra3 + s];
      let as4 = x4[ra4 + s];
      let as5 = x4[ra5 + s];
      let as6 = x4[ra6 + s];
      let as7 = x4[ra7 + s];
      let b0 = e4[cb0 + s];
      en0 = fma(b0.w, b0.w, fma(b0.z, b0.z, fma(b0.y, b0.y, fma(b0.x, b0.x, en0))));
      let b1 = e4[cb1 + s];
      en1 = fma(b1.w, b1.w, fma(b1.z, b1.z, fma(b1.y, b1.y, fma(b1.x, b1.x, en1))));
      let b2 = e4[cb2 + s];
      en2 = fma(b2.w, b2.w, fma(b2.z, b2.z, fma(b2.y, b2.y, fma(b2.x, b2.x, en2))));
      let b3 = e4[cb3 + s];
      en3 = fma(b3.w, b3.w, fma(b3.z, b3.z, fma(b3.y, b3.y, fma(b3.x, b3.x, en3))));
      let a0 = subgroupBroadcast(as0, 0u);
      acc0_0 = fma(a0.w, b0.w, fma(a0.z, b0.z, fma(a0.y, b0.y, fma(a0.x, b0.x, acc0_0)))); acc0_1 = fma(a0.w, b1.w, fma(a0.z, b1.z, fma(a0.y, b1.y, fma(a0.x, b1.x, acc0_1)))); acc0_2 = fma(a0.w, b2.w, fma(a0.z, b2.z, fma(a0.y, b2.y, fma(a0.x, b2.x, acc0_2)))); acc0_3 = fma(a0.w, b3.w, fma(a0.z, b3.z, fma(a0.y, b3.y, fma(a0.x, b3.x, acc0_3))));
      let a1 = subgroupBroadcast(as0, 1u);
      acc1_0 = fma(a1.w, b0.w, fma(a1.z, b0.z, fma(a1.y, b0.y, fma(a1.x, b0.x, acc1_0)))); acc1_1 = fma(a1.w, b1.w, fma(a1.z, b1.z, fma(a1.y, b1.y, fma(a1.x, b1.x, acc1_1)))); acc1_2 = fma(a1.w, b2.w, fma(a1.z, b2.z, fma(a1.y, b2.y, fma(a1.x, b2.x, acc1_2)))); acc1_3 = fma(a1.w, b3.w, fma(a1.z, b3.z, fma(a1.y, b3.y, fma(a1.x, b3.x, acc1_3))));
      let a2 = subgroupBroadcast(as0, 2u);
      acc2_0 = fma(a2.w, b0.w, fma(a2.z, b0.z, fma(a2.y, b0.y, fma(a2.x, b0.x, acc2_0)))); acc2_1 = fma(a2.w, b1.w, fma(a2.z, b1.z, fma(a2.y, b1.y, fma(a2.x, b1.x, acc2_1)))); acc2_2 = fma(a2.w, b2.w, fma(a2.z, b2.z, fma(a2.y, b2.y, fma(a2.x, b2.x, acc2_2)))); acc2_3 = fma(a2.w, b3.w, fma(a2.z, b3.z, fma(a2.y, b3.y, fma(a2.x, b3.x, acc2_3))));
      let a3 = subgroupBroadcast(as0, 3u);
      acc3_0 = fma(a3.w, b0.w, fma(a3.z, b0.z, fma(a3.y, b0.y, fma(a3.x, b0.x, acc3_0)))); acc3_1 = fma(a3.w, b1.w, fma(a3.z, b1.z, fma(a3.y, b1.y, fma(a3.x, b1.x, acc3_1)))); acc3_2 = fma(a3.w, b2.w, fma(a3.z, b2.z, fma(a3.y, b2.y, fma(a3.x, b2.x, acc3_2)))); acc3_3 = fma(a3.w, b3.w, fma(a3.z, b3.z, fma(a3.y, b3.y, fma(a3.x, b3.x, acc3_3))));
      let a4 = subgroupBroadcast(as0, 4u);
      acc4_0 = fma(a4.w, b0.w, fma(a4.z, b0.z, fma(a4.y, b0.y, fma(a4.x, b0.x, acc4_0)))); acc4_1 = fma(a4.w, b1.w, fma(a4.z, b1.z, fma(a4.y, b1.y, fma(a4.x, b1.x, acc4_1)))); acc4_2 = fma(a4.w, b2.w, fma(a4.z, b2.z, fma(a4.y, b2.y, fma(a4.x, b2.x, acc4_2)))); acc4_3 = fma(a4.w, b3.w, fma(a4.z, b3.z, fma(a4.y, b3.y, fma(a4.x, b3.x, acc4_3))));
      let a5 = subgroupBroadcast(as0, 5u);
      acc5_0 = fma(a5.w, b0.w, fma(a5.z, b0.z, fma(a5.y, b0.y, fma(a5.x, b0.x, acc5_0)))); acc5_1 = fma(a5.w, b1.w, fma(a5.z, b1.z, fma(a5.y, b1.y, fma(a5.x, b1.x, acc5_1)))); acc5_2 = fma(a5.w, b2.w, fma(a5.z, b2.z, fma(a5.y, b2.y, fma(a5.x, b2.x, acc5_2)))); acc5_3 = fma(a5.w, b3.w, fma(a5.z, b3.z, fma(a5.y, b3.y, fma(a5.x, b3.x, acc5_3))));
      let a6 = subgroupBroadcast(as0, 6u);
      acc6_0 = fma(a6.w, b0.w, fma(a6.z, b0.z, fma(a6.y, b0.y, fma(a6.x, b0.x, acc6_0)))); acc6_1 = fma(a6.w, b1.w, fma(a6.z, b1.z, fma(a6.y, b1.y, fma(a6.x, b1.x, acc6_1)))); acc6_2 = fma(a6.w, b2.w, fma(a6.z, b2.z, fma(a6.y, b2.y, fma(a6.x, b2.x, acc6_2)))); acc6_3 = fma(a6.w, b3.w, fma(a6.z, b3.z, fma(a6.y, b3.y, fma(a6.x, b3.x, acc6_3))));
      let a7 = subgroupBroadcast(as0, 7u);
      acc7_0 = fma(a7.w, b0.w, fma(a7.z, b0.z, fma(a7.y, b0.y, fma(a7.x, b0.x, acc7_0)))); acc7_1 = fma(a7.w, b1.w, fma(a7.z, b1.z, fma(a7.y, b1.y, fma(a7.x, b1.x, acc7_1)))); acc7_2 = fma(a7.w, b2.w, fma(a7.z, b2.z, fma(a7.y, b2.y, fma(a7.x, b2.x, acc7_2)))); acc7_3 = fma(a7.w, b3.w, fma(a7.z, b3.z, fma(a7.y, b3.y, fma(a7.x, b3.x, acc7_3))));
      let a8 = subgroupBroadcast(as1, 0u);
      acc8_0 = fma(a8.w, b0.w, fma(a8.z, b0.z, fma(a8.y, b0.y, fma(a8.x, b0.x, acc8_0)))); acc8_1 = fma(a8.w, b1.w, fma(a8.z, b1.z, fma(a8.y, b1.y, fma(a8.x, b1.x, acc8_1)))); acc8_2 = fma(a8.w, b2.w, fma(a8.z, b2.z, fma(a8.y, b2.y, fma(a8.x, b2.x, acc8_2)))); acc8_3 = fma(a8.w, b3.w, fma(a8.z, b3.z, fma(a8.y, b3.y, fma(a8.x, b3.x, acc8_3))));
      let a9 = subgroupBroadcast(as1, 1u);
      acc9_0 = fma(a9.w, b0.w, fma(a9.z, b0.z, fma(a9.y, b0.y, fma(a9.x, b0.x, acc9_0)))); acc9_1 = fma(a9.w, b1.w, fma(a9.z, b1.z, fma(a9.y, b1.y, fma(a9.x, b1.x, acc9_1)))); acc9_2 = fma(a9.w, b2.w, fma(a9.z, b2.z, fma(a9.y, b2.y, fma(a9.x, b2.x, acc9_2)))); acc9_3 = fma(a9.w, b3.w, fma(a9.z, b3.z, fma(a9.y, b3.y, fma(a9.x, b3.x, acc9_3))));
      let a10 = subgroupBroadcast(as1, 2u);
      acc10_0 = fma(a10.w, b0.w, fma(a10.z, b0.z, fma(a10.y, b0.y, fma(a10.x, b0.x, acc10_0)))); acc10_1 = fma(a10.w, b1.w, fma(a10.z, b1.z, fma(a10.y, b1.y, fma(a10.x, b1.x, acc10_1)))); acc10_2 = fma(a10.w, b2.w, fma(a10.z, b2.z, fma(a10.y, b2.y, fma(a10.x, b2.x, acc10_2)))); acc10_3 = fma(a10.w, b3.w, fma(a10.z, b3.z, fma(a10.y, b3.y, fma(a10.x, b3.x, acc10_3))));
      let a11 = subgroupBroadcast(as1, 3u);
      acc11_0 = fma(a11.w, b0.w, fma(a11.z, b0.z, fma(a11.y, b0.y, fma(a11.x, b0.x, acc11_0)))); acc11_1 = fma(a11.w, b1.w, fma(a11.z, b1.z, fma(a11.y, b1.y, fma(a11.x, b1.x, acc11_1)))); acc11_2 = fma(a11.w, b2.w, fma(a11.z, b2.z, fma(a11.y, b2.y, fma(a11.x, b2.x, acc11_2)))); acc11_3 = fma(a11.w, b3.w, fma(a11.z, b3.z, fma(a11.y, b3.y, fma(a11.x, b3.x, acc11_3))));
      let a12 = subgroupBroadcast(as1, 4u);
      acc12_0 = fma(a12.w, b0.w, fma(a12.z, b0.z, fma(a12.y, b0.y, fma(a12.x, b0.x, acc12_0)))); acc12_1 = fma(a12.w, b1.w, fma(a12.z, b1.z, fma(a12.y, b1.y, fma(a12.x, b1.x, acc12_1)))); acc12_2 = fma(a12.w, b2.w, fma(a12.z, b2.z, fma(a12.y, b2.y, fma(a12.x, b2.x, acc12_2)))); acc12_3 = fma(a12.w, b3.w, fma(a12.z, b3.z, fma(a12.y, b3.y, fma(a12.x, b3.x, acc12_3))));
      let a13 = subgroupBroadcast(as1, 5u);
      acc13_0 = fma(a13.w, b0.w, fma(a13.z, b0.z, fma(a13.y, b0.y, fma(a13.x, b0.x, acc13_0)))); acc13_1 = fma(a13.w, b1.w, fma(a13.z, b1.z, fma(a13.y, b1.y, fma(a13.x, b1.x, acc13_1)))); acc13_2 = fma(a13.w, b2.w, fma(a13.z, b2.z, fma(a13.y, b2.y, fma(a13.x, b2.x, acc13_2)))); acc13_3 = fma(a13.w, b3.w, fma(a13.z, b3.z, fma(a13.y, b3.y, fma(a13.x, b3.x, acc13_3))));
      let a14 = subgroupBroadcast(as1, 6u);
      acc14_0 = fma(a14.w, b0.w, fma(a14.z, b0.z, fma(a14.y, b0.y, fma(a14.x, b0.x, acc14_0)))); acc14_1 = fma(a14.w, b1.w, fma(a14.z, b1.z, fma(a14.y, b1.y, fma(a14.x, b1.x, acc14_1)))); acc14_2 = fma(a14.w, b2.w, fma(a14.z, b2.z, fma(a14.y, b2.y, fma(a14.x, b2.x, acc14_2)))); acc14_3 = fma(a14.w, b3.w, fma(a14.z, b3.z, fma(a14.y, b3.y, fma(a14.x, b3.x, acc14_3))));
      let a15 = subgroupBroadcast(as1, 7u);
      acc15_0 = fma(a15.w, b0.w, fma(a15.z, b0.z, fma(a15.y, b0.y, fma(a15.x, b0.x, acc15_0)))); acc15_1 = fma(a15.w, b1.w, fma(a15.z, b1.z, fma(a15.y, b1.y, fma(a15.x, b1.x, acc15_1)))); acc15_2 = fma(a15.w, b2.w, fma(a15.z, b2.z, fma(a15.y, b2.y, fma(a15.x, b2.x, acc15_2)))); acc15_3 = fma(a15.w, b3.w, fma(a15.z, b3.z, fma(a15.y, b3.y, fma(a15.x, b3.x, acc15_3))));
      let a16 = subgroupBroadcast(as2, 0u);
      acc16_0 = fma(a16.w, b0.w, fma(a16.z, b0.z, fma(a16.y, b0.y, fma(a16.x, b0.x, acc16_0)))); acc16_1 = fma(a16.w, b1.w, fma(a16.z, b1.z, fma(a16.y, b1.y, fma(a16.x, b1.x, acc16_1)))); acc16_2 = fma(a16.w, b2.w, fma(a16.z, b2.z, fma(a16.y, b2.y, fma(a16.x, b2.x, acc16_2)))); acc16_3 = fma(a16.w, b3.w, fma(a16.z, b3.z, fma(a16.y, b3.y, fma(a16.x, b3.x, acc16_3))));
      let a17 = subgroupBroadcast(as2, 1u);
      acc17_0 = fma(a17.w, b0.w, fma(a17.z, b0.z, fma(a17.y, b0.y, fma(a17.x, b0.x, acc17_0)))); acc17_1 = fma(a17.w, b1.w, fma(a17.z, b1.z, fma(a17.y, b1.y, fma(a17.x, b1.x, acc17_1)))); acc17_2 = fma(a17.w, b2.w, fma(a17.z, b2.z, fma(a17.y, b2.y, fma(a17.x, b2.x, acc17_2)))); acc17_3 = fma(a17.w, b3.w, fma(a17.z, b3.z, fma(a17.y, b3.y, fma(a17.x, b3.x, acc17_3))));
      let a18 = subgroupBroadcast(as2, 2u);
      acc18_0 = fma(a18.w, b0.w, fma(a18.z, b0.z, fma(a18.y, b0.y, fma(a18.x, b0.x, acc18_0)))); acc18_1 = fma(a18.w, b1.w, fma(a18.z, b1.z, fma(a18.y, b1.y, fma(a18.x, b1.x, acc18_1)))); acc18_2 = fma(a18.w, b2.w, fma(a18.z, b2.z, fma(a18.y, b2.y, fma(a18.x, b2.x, acc18_2)))); acc18_3 = fma(a18.w, b3.w, fma(a18.z, b3.z, fma(a18.y, b3.y, fma(a18.x, b3.x, acc18_3))));
      let a19 = subgroupBroadcast(as2, 3u);
      acc19_0 = fma(a19.w, b0.w, fma(a19.z, b0.z, fma(a19.y, b0.y, fma(a19.x, b0.x, acc19_0)))); acc19_1 = fma(a19.w, b1.w, fma(a19.z, b1.z, fma(a19.y, b1.y, fma(a19.x, b1.x, acc19_1)))); acc19_2 = fma(a19.w, b2.w, fma(a19.z, b2.z, fma(a19.y, b2.y, fma(a19.x, b2.x, acc19_2)))); acc19_3 = fma(a19.w, b3.w, fma(a19.z, b3.z, fma(a19.y, b3.y, fma(a19.x, b3.x, acc19_3))));
      let a20 = subgroupBroadcast(as2, 4u);
      acc20_0 = fma(a20.w, b0.w, fma(a20.z, b0.z, fma(a20.y, b0.y, fma(a20.x, b0.x, acc20_0)))); acc20_1 = fma(a20.w, b1.w, fma(a20.z, b1.z, fma(a20.y, b1.y, fma(a20.x, b1.x, acc20_1)))); acc20_2 = fma(a20.w, b2.w, fma(a20.z, b2.z, fma(a20.y, b2.y, fma(a20.x, b2.x, acc20_2)))); acc20_3 = fma(a20.w, b3.w, fma(a20.z, b3.z, fma(a20.y, b3.y, fma(a20.x, b3.x, acc20_3))));
      let a21 = subgroupBroadcast(as2, 5u);
      acc21_0 = fma(a21.w, b0.w, fma(a21.z, b0.z, fma(a21.y, b0.y, fma(a21.x, b0.x, acc21_0)))); acc21_1 = fma(a21.w, b1.w, fma(a21.z, b1.z, fma(a21.y, b1.y, fma(a21.x, b1.x, acc21_1)))); acc21_2 = fma(a21.w, b2.w, fma(a21.z, b2.z, fma(a21.y, b2.y, fma(a21.x, b2.x, acc21_2)))); acc21_3 = fma(a21.w, b3.w, fma(a21.z, b3.z, fma(a21.y, b3.y, fma(a21.x, b3.x, acc21_3))));
      let a22 = subgroupBroadcast(as2, 6u);
      acc22_0 = fma(a22.w, b0.w, fma(a22.z, b0.z, fma(a22.y, b0.y, fma(a22.x, b0.x, acc22_0)))); acc22_1 = fma(a22.w, b1.w, fma(a22.z, b1.z, fma(a22.y, b1.y, fma(a22.x, b1.x, acc22_1)))); acc22_2 = fma(a22.w, b2.w, fma(a22.z, b2.z, fma(a22.y, b2.y, fma(a22.x, b2.x, acc22_2)))); acc22_3 = fma(a22.w, b3.w, fma(a22.z, b3.z, fma(a22.y, b3.y, fma(a22.x, b3.x, acc22_3))));
      let a23 = subgroupBroadcast(as2, 7u);
      acc23_0 = fma(a23.w, b0.w, fma(a23.z, b0.z, fma(a23.y, b0.y, fma(a23.x, b0.x, acc23_0)))); acc23_1 = fma(a23.w, b1.w, fma(a23.z, b1.z, fma(a23.y, b1.y, fma(a23.x, b1.x, acc23_1)))); acc23_2 = fma(a23.w, b2.w, fma(a23.z, b2.z, fma(a23.y, b2.y, fma(a23.x, b2.x, acc23_2)))); acc23_3 = fma(a23.w, b3.w, fma(a23.z, b3.z, fma(a23.y, b3.y, fma(a23.x, b3.x, acc23_3))));
      let a24 = subgroupBroadcast(as3, 0u);
      acc24_0 = fma(a24.w, b0.w, fma(a24.z, b0.z, fma(a24.y, b0.y, fma(a24.x, b0.x, acc24_0)))); acc24_1 = fma(a24.w, b1.w, fma(a24.z, b1.z, fma(a24.y, b1.y, fma(a24.x, b1.x, acc24_1)))); acc24_2 = fma(a24.w, b2.w, fma(a24.z, b2.z, fma(a24.y, b2.y, fma(a24.x, b2.x, acc24_2)))); acc24_3 = fma(a24.w, b3.w, fma(a24.z, b3.z, fma(a24.y, b3.y, fma(a24.x, b3.x, acc24_3))));
      let a25 = subgroupBroadcast(as3, 1u);
      acc25_0 = fma(a25.w, b0.w, fma(a25.z, b0.z, fma(a25.y, b0.y, fma(a25.x, b0.x, acc25_0)))); acc25_1 = fma(a25.w, b1.w, fma(a25.z, b1.z, fma(a25.y, b1.y, fma(a25.x, b1.x, acc25_1)))); acc25_2 = fma(a25.w, b2.w, fma(a25.z, b2.z, fma(a25.y, b2.y, fma(a25.x, b2.x, acc25_2)))); acc25_3 = fma(a25.w, b3.w, fma(a25.z, b3.z, fma(a25.y, b3.y, fma(a25.x, b3.x, acc25_3))));
      let a26 = subgroupBroadcast(as3, 2u);
      acc26_0 = fma(a26.w, b0.w, fma(a26.z, b0.z, fma(a26.y, b0.y, fma(a26.x, b0.x, acc26_0)))); acc26_1 = fma(a26.w, b1.w, fma(a26.z, b1.z, fma(a26.y, b1.y, fma(a26.x, b1.x, acc26_1)))); acc26_2 = fma(a26.w, b2.w, fma(a26.z, b2.z, fma(a26.y, b2.y, fma(a26.x, b2.x, acc26_2)))); acc26_3 = fma(a26.w, b3.w, fma(a26.z, b3.z, fma(a26.y, b3.y, fma(a26.x, b3.x, acc26_3))));
      let a27 = subgroupBroadcast(as3, 3u);
      acc27_0 = fma(a27.w, b0.w, fma(a27.z, b0.z, fma(a27.y, b0.y, fma(a27.x, b0.x, acc27_0)))); acc27_1 = fma(a27.w, b1.w, fma(a27.z, b1.z, fma(a27.y, b1.y, fma(a27.x, b1.x, acc27_1)))); acc27_2 = fma(a27.w, b2.w, fma(a27.z, b2.z, fma(a27.y, b2.y, fma(a27.x, b2.x, acc27_2)))); acc27_3 = fma(a27.w, b3.w, fma(a27.z, b3.z, fma(a27.y, b3.y, fma(a27.x, b3.x, acc27_3))));
      let a28 = subgroupBroadcast(as3, 4u);
      acc28_0 = fma(a28.w, b0.w, fma(a28.z, b0.z, fma(a28.y, b0.y, fma(a28.x, b0.x, acc28_0)))); acc28_1 = fma(a28.w, b1.w, fma(a28.z, b1.z, fma(a28.y, b1.y, fma(a28.x, b1.x, acc28_1)))); acc28_2 = fma(a28.w, b2.w, fma(a28.z, b2.z, fma(a28.y, b2.y, fma(a28.x, b2.x, acc28_2)))); acc28_3 = fma(a28.w, b3.w, fma(a28.z, b3.z, fma(a28.y, b3.y, fma(a28.x, b3.x, acc28_3))));
      let a29 = subgroupBroadcast(as3, 5u);
      acc29_0 = fma(a29.w, b0.w, fma(a29.z, b0.z, fma(a29.y, b0.y, fma(a29.x, b0.x, acc29_0)))); acc29_1 = fma(a29.w, b1.w, fma(a29.z, b1.z, fma(a29.y, b1.y, fma(a29.x, b1.x, acc29_1)))); acc29_2 = fma(a29.w, b2.w, fma(a29.z, b2.z, fma(a29.y, b2.y, fma(a29.x, b2.x, acc29_2)))); acc29_3 = fma(a29.w, b3.w, fma(a29.z, b3.z, fma(a29.y, b3.y, fma(a29.x, b3.x, acc29_3))));
      let a30 = subgroupBroadcast(as3, 6u);
      acc30_0 = fma(a30.w, b0.w, fma(a30.z, b0.z, fma(a30.y, b0.y, fma(a30.x, b0.x, acc30_0)))); acc30_1 = fma(a30.w, b1.w, fma(a30.z, b1.z, fma(a30.y, b1.y, fma(a30.x, b1.x, acc30_1)))); acc30_2 = fma(a30.w, b2.w, fma(a30.z, b2.z, fma(a30.y, b2.y, fma(a30.x, b2.x, acc30_2)))); acc30_3 = fma(a30.w, b3.w, fma(a30.z, b3.z, fma(a30.y, b3.y, fma(a30.x, b3.x, acc30_3))));
      let a31 = subgroupBroadcast(as3, 7u);
      acc31_0 = fma(a31.w, b0.w, fma(a31.z, b0.z, fma(a31.y, b0.y, fma(a31.x, b0.x, acc31_0)))); acc31_1 = fma(a31.w, b1.w, fma(a31.z, b1.z, fma(a31.y, b1.y, fma(a31.x, b1.x, acc31_1)))); acc31_2 = fma(a31.w, b2.w, fma(a31.z, b2.z, fma(a31.y, b2.y, fma(a31.x, b2.x, acc31_2)))); acc31_3 = fma(a31.w, b3.w, fma(a31.z, b3.z, fma(a31.y, b3.y, fma(a31.x, b3.x, acc31_3))));
      let a32 = subgroupBroadcast(as4, 0u);
      acc32_0 = fma(a32.w, b0.w, fma(a32.z, b0.z, fma(a32.y, b0.y, fma(a32.x, b0.x, acc32_0)))); acc32_1 = fma(a32.w, b1.w, fma(a32.z, b1.z, fma(a32.y, b1.y, fma(a32.x, b1.x, acc32_1)))); acc32_2 = fma(a32.w, b2.w, fma(a32.z, b2.z, fma(a32.y, b2.y, fma(a32.x, b2.x, acc32_2)))); acc32_3 = fma(a32.w, b3.w, fma(a32.z, b3.z, fma(a32.y, b3.y, fma(a32.x, b3.x, acc32_3))));
      let a33 = subgroupBroadcast(as4, 1u);
      acc33_0 = fma(a33.w, b0.w, fma(a33.z, b0.z, fma(a33.y, b0.y, fma(a33.x, b0.x, acc33_0)))); acc33_1 = fma(a33.w, b1.w, fma(a33.z, b1.z, fma(a33.y, b1.y, fma(a33.x, b1.x, acc33_1)))); acc33_2 = fma(a33.w, b2.w, fma(a33.z, b2.z, fma(a33.y, b2.y, fma(a33.x, b2.x, acc33_2)))); acc33_3 = fma(a33.w, b3.w, fma(a33.z, b3.z, fma(a33.y, b3.y, fma(a33.x, b3.x, acc33_3))));
      let a34 = subgroupBroadcast(as4, 2u);
      acc34_0 = fma(a34.w, b0.w, fma(a34.z, b0.z, fma(a34.y, b0.y, fma(a34.x, b0.x, acc34_0)))); acc34_1 = fma(a34.w, b1.w, fma(a34.z, b1.z, fma(a34.y, b1.y, fma(a34.x, b1.x, acc34_1)))); acc34_2 = fma(a34.w, b2.w, fma(a34.z, b2.z, fma(a34.y, b2.y, fma(a34.x, b2.x, acc34_2)))); acc34_3 = fma(a34.w, b3.w, fma(a34.z, b3.z, fma(a34.y, b3.y, fma(a34.x, b3.x, acc34_3))));
      let a35 = subgroupBroadcast(as4, 3u);
      acc35_0 = fma(a35.w, b0.w, fma(a35.z, b0.z, fma(a35.y, b0.y, fma(a35.x, b0.x, acc35_0)))); acc35_1 = fma(a35.w, b1.w, fma(a35.z, b1.z, fma(a35.y, b1.y, fma(a35.x, b1.x, acc35_1)))); acc35_2 = fma(a35.w, b2.w, fma(a35.z, b2.z, fma(a35.y, b2.y, fma(a35.x, b2.x, acc35_2)))); acc35_3 = fma(a35.w, b3.w, fma(a35.z, b3.z, fma(a35.y, b3.y, fma(a35.x, b3.x, acc35_3))));
      let a36 = subgroupBroadcast(as4, 4u);
      acc36_0 = fma(a36.w, b0.w, fma(a36.z, b0.z, fma(a36.y, b0.y, fma(a36.x, b0.x, acc36_0)))); acc36_1 = fma(a36.w, b1.w, fma(a36.z, b1.z, fma(a36.y, b1.y, fma(a36.x, b1.x, acc36_1)))); acc36_2 = fma(a36.w, b2.w, fma(a36.z, b2.z, fma(a36.y, b2.y, fma(a36.x, b2.x, acc36_2)))); acc36_3 = fma(a36.w, b3.w, fma(a36.z, b3.z, fma(a36.y, b3.y, fma(a36.x, b3.x, acc36_3))));
      let a37 = subgroupBroadcast(as4, 5u);
      acc37_0 = fma(a37.w, b0.w, fma(a37.z, b0.z, fma(a37.y, b0.y, fma(a37.x, b0.x, acc37_0)))); acc37_1 = fma(a37.w, b1.w, fma(a37.z, b1.z, fma(a37.y, b1.y, fma(a37.x, b1.x, acc37_1)))); acc37_2 = fma(a37.w, b2.w, fma(a37.z, b2.z, fma(a37.y, b2.y, fma(a37.x, b2.x, acc37_2)))); acc37_3 = fma(a37.w, b3.w, fma(a37.z, b3.z, fma(a37.y, b3.y, fma(a37.x, b3.x, acc37_3))));
      let a38 = subgroupBroadcast(as4, 6u);
      acc38_0 = fma(a38.w, b0.w, fma(a38.z, b0.z, fma(a38.y, b0.y, fma(a38.x, b0.x, acc38_0)))); acc38_1 = fma(a38.w, b1.w, fma(a38.z, b1.z, fma(a38.y, b1.y, fma(a38.x, b1.x, acc38_1)))); acc38_2 = fma(a38.w, b2.w, fma(a38.z, b2.z, fma(a38.y, b2.y, fma(a38.x, b2.x, acc38_2)))); acc38_3 = fma(a38.w, b3.w, fma(a38.z, b3.z, fma(a38.y, b3.y, fma(a38.x, b3.x, acc38_3))));
      let a39 = subgroupBroadcast(as4, 7u);
      acc39_0 = fma(a39.w, b0.w, fma(a39.z, b0.z, fma(a39.y, b0.y, fma(a39.x, b0.x, acc39_0)))); acc39_1 = fma(a39.w, b1.w, fma(a39.z, b1.z, fma(a39.y, b1.y, fma(a39.x, b1.x, acc39_1)))); acc39_2 = fma(a39.w, b2.w, fma(a39.z, b2.z, fma(a39.y, b2.y, fma(a39.x, b2.x, acc39_2)))); acc39_3 = fma(a39.w, b3.w, fma(a39.z, b3.z, fma(a39.y, b3.y, fma(a39.x, b3.x, acc39_3))));
      let a40 = subgroupBroadcast(as5, 0u);
      acc40_0 = fma(a40.w, b0.w, fma(a40.z, b0.z, fma(a40.y, b0.y, fma(a40.x, b0.x, acc40_0)))); acc40_1 = fma(a40.w, b1.w, fma(a40.z, b1.z, fma(a40.y, b1.y, fma(a40.x, b1.x, acc40_1)))); acc40_2 = fma(a40.w, b2.w, fma(a40.z, b2.z, fma(a40.y, b2.y, fma(a40.x, b2.x, acc40_2)))); acc40_3 = fma(a40.w, b3.w, fma(a40.z, b3.z, fma(a40.y, b3.y, fma(a40.x, b3.x, acc40_3))));
      let a41 = subgroupBroadcast(as5, 1u);
      acc41_0 = fma(a41.w, b0.w, fma(a41.z, b0.z, fma(a41.y, b0.y, fma(a41.x, b0.x, acc41_0)))); acc41_1 = fma(a41.w, b1.w, fma(a41.z, b1.z, fma(a41.y, b1.y, fma(a41.x, b1.x, acc41_1)))); acc41_2 = fma(a41.w, b2.w, fma(a41.z, b2.z, fma(a41.y, b2.y, fma(a41.x, b2.x, acc41_2)))); acc41_3 = fma(a41.w, b3.w, fma(a41.z, b3.z, fma(a41.y, b3.y, fma(a41.x, b3.x, acc41_3))));
      let a42 = subgroupBroadcast(as5, 2u);
      acc42_0 = fma(a42.w, b0.w, fma(a42.z, b0.z, fma(a42.y, b0.y, fma(a42.x, b0.x, acc42_0)))); acc42_1 = fma(a42.w, b1.w, fma(a42.z, b1.z, fma(a42.y, b1.y, fma(a42.x, b1.x, acc42_1)))); acc42_2 = fma(a42.w, b2.w, fma(a42.z, b2.z, fma(a42.y, b2.y, fma(a42.x, b2.x, acc42_2)))); acc42_3 = fma(a42.w, b3.w, fma(a42.z, b3.z, fma(a42.y, b3.y, fma(a42.x, b3.x, acc42_3))));
      let a43 = subgroupBroadcast(as5, 3u);
      acc43_0 = fma(a43.w, b0.w, fma(a43.z, b0.z, fma(a43.y, b0.y, fma(a43.x, b0.x, acc43_0)))); acc43_1 = fma(a43.w, b1.w, fma(a43.z, b1.z, fma(a43.y, b1.y, fma(a43.x, b1.x, acc43_1)))); acc43_2 = fma(a43.w, b2.w, fma(a43.z, b2.z, fma(a43.y, b2.y, fma(a43.x, b2.x, acc43_2)))); acc43_3 = fma(a43.w, b3.w, fma(a43.z, b3.z, fma(a43.y, b3.y, fma(a43.x, b3.x, acc43_3))));
      let a44 = subgroupBroadcast(as5, 4u);
      acc44_0 = fma(a44.w, b0.w, fma(a44.z, b0.z, fma(a44.y, b0.y, fma(a44.x, b0.x, acc44_0)))); acc44_1 = fma(a44.w, b1.w, fma(a44.z, b1.z, fma(a44.y, b1.y, fma(a44.x, b1.x, acc44_1)))); acc44_2 = fma(a44.w, b2.w, fma(a44.z, b2.z, fma(a44.y, b2.y, fma(a44.x, b2.x, acc44_2)))); acc44_3 = fma(a44.w, b3.w, fma(a44.z, b3.z, fma(a44.y, b3.y, fma(a44.x, b3.x, acc44_3))));
      let a45 = subgroupBroadcast(as5, 5u);
      acc45_0 = fma(a45.w, b0.w, fma(a45.z, b0.z, fma(a45.y, b0.y, fma(a45.x, b0.x, acc45_0)))); acc45_1 = fma(a45.w, b1.w, fma(a45.z, b1.z, fma(a45.y, b1.y, fma(a45.x, b1.x, acc45_1)))); acc45_2 = fma(a45.w, b2.w, fma(a45.z, b2.z, fma(a45.y, b2.y, fma(a45.x, b2.x, acc45_2)))); acc45_3 = fma(a45.w, b3.w, fma(a45.z, b3.z, fma(a45.y, b3.y, fma(a45.x, b3.x, acc45_3))));
      let a46 = subgroupBroadcast(as5, 6u);
      acc46_0 = fma(a46.w, b0.w, fma(a46.z, b0.z, fma(a46.y, b0.y, fma(a46.x, b0.x, acc46_0)))); acc46_1 = fma(a46.w, b1.w, fma(a46.z, b1.z, fma(a46.y, b1.y, fma(a46.x, b1.x, acc46_1)))); acc46_2 = fma(a46.w, b2.w, fma(a46.z, b2.z, fma(a46.y, b2.y, fma(a46.x, b2.x, acc46_2)))); acc46_3 = fma(a46.w, b3.w, fma(a46.z, b3.z, fma(a46.y, b3.y, fma(a46.x, b3.x, acc46_3))));
      let a47 = subgroupBroadcast(as5, 7u);
      acc47_0 = fma(a47.w, b0.w, fma(a47.z, b0.z, fma(a47.y, b0.y, fma(a47.x, b0.x, acc47_0)))); acc47_1 = fma(a47.w, b1.w, fma(a47.z, b1.z, fma(a47.y, b1.y, fma(a47.x, b1.x, acc47_1)))); acc47_2 = fma(a47.w, b2.w, fma(a47.z, b2.z, fma(a47.y, b2.y, fma(a47.x, b2.x, acc47_2)))); acc47_3 = fma(a47.w, b3.w, fma(a47.z, b3.z, fma(a47.y, b3.y, fma(a47.x, b3.x, acc47_3))));
      let a48 = subgroupBroadcast(as6, 0u);
      acc48_0 = fma(a48.w, b0.w, fma(a48.z, b0.z, fma(a48.y, b0.y, fma(a48.x, b0.x, acc48_0)))); acc48_1 = fma(a48.w, b1.w, fma(a48.z, b1.z, fma(a48.y, b1.y, fma(a48.x, b1.x, acc48_1)))); acc48_2 = fma(a48.w, b2.w, fma(a48.z, b2.z, fma(a48.y, b2.y, fma(a48.x, b2.x, acc48_2)))); acc48_3 = fma(a48.w, b3.w, fma(a48.z, b3.z, fma(a48.y, b3.y, fma(a48.x, b3.x, acc48_3))));
      let a49 = subgroupBroadcast(as6, 1u);
      acc49_0 = fma(a49.w, b0.w, fma(a49.z, b0.z, fma(a49.y, b0.y, fma(a49.x, b0.x, acc49_0)))); acc49_1 = fma(a49.w, b1.w, fma(a49.z, b1.z, fma(a49.y, b1.y, fma(a49.x, b1.x, acc49_1)))); acc49_2 = fma(a49.w, b2.w, fma(a49.z, b2.z, fma(a49.y, b2.y, fma(a49.x, b2.x, acc49_2)))); acc49_3 = fma(a49.w, b3.w, fma(a49.z, b3.z, fma(a49.y, b3.y, fma(a49.x, b3.x, acc49_3))));
      let a50 = subgroupBroadcast(as6, 2u);
      acc50_0 = fma(a50.w, b0.w, fma(a50.z, b0.z, fma(a50.y, b0.y, fma(a50.x, b0.x, acc50_0)))); acc50_1 = fma(a50.w, b1.w, fma(a50.z, b1.z, fma(a50.y, b1.y, fma(a50.x, b1.x, acc50_1)))); acc50_2 = fma(a50.w, b2.w, fma(a50.z, b2.z, fma(a50.y, b2.y, fma(a50.x, b2.x, acc50_2)))); acc50_3 = fma(a50.w, b3.w, fma(a50.z, b3.z, fma(a50.y, b3.y, fma(a50.x, b3.x, acc50_3))));
      let a51 = subgroupBroadcast(as6, 3u);
      acc51_0 = fma(a51.w, b0.w, fma(a51.z, b0.z, fma(a51.y, b0.y, fma(a51.x, b0.x, acc51_0)))); acc51_1 = fma(a51.w, b1.w, fma(a51.z, b1.z, fma(a51.y, b1.y, fma(a51.x, b1.x, acc51_1)))); acc51_2 = fma(a51.w, b2.w, fma(a51.z, b2.z, fma(a51.y, b2.y, fma(a51.x, b2.x, acc51_2)))); acc51_3 = fma(a51.w, b3.w, fma(a51.z, b3.z, fma(a51.y, b3.y, fma(a51.x, b3.x, acc51_3))));
      let a52 = subgroupBroadcast(as6, 4u);
      acc52_0 = fma(a52.w, b0.w, fma(a52.z, b0.z, fma(a52.y, b0.y, fma(a52.x, b0.x, acc52_0)))); acc52_1 = fma(a52.w, b1.w, fma(a52.z, b1.z, fma(a52.y, b1.y, fma(a52.x, b1.x, acc52_1)))); acc52_2 = fma(a52.w, b2.w, fma(a52.z, b2.z, fma(a52.y, b2.y, fma(a52.x, b2.x, acc52_2)))); acc52_3 = fma(a52.w, b3.w, fma(a52.z, b3.z, fma(a52.y, b3.y, fma(a52.x, b3.x, acc52_3))));
      let a53 = subgroupBroadcast(as6, 5u);
      acc53_0 = fma(a53.w, b0.w, fma(a53.z, b0.z, fma(a53.y, b0.y, fma(a53.x, b0.x, acc53_0)))); acc53_1 = fma(a53.w, b1.w, fma(a53.z, b1.z, fma(a53.y, b1.y, fma(a53.x, b1.x, acc53_1)))); acc53_2 = fma(a53.w, b2.w, fma(a53.z, b2.z, fma(a53.y, b2.y, fma(a53.x, b2.x, acc53_2)))); acc53_3 = fma(a53.w, b3.w, fma(a53.z, b3.z, fma(a53.y, b3.y, fma(a53.x, b3.x, acc53_3))));
      let a54 = subgroupBroadcast(as6, 6u);
      acc54_0 = fma(a54.w, b0.w, fma(a54.z, b0.z, fma(a54.y, b0.y, fma(a54.x, b0.x, acc54_0)))); acc54_1 = fma(a54.w, b1.w, fma(a54.z, b1.z, fma(a54.y, b1.y, fma(a54.x, b1.x, acc54_1)))); acc54_2 = fma(a54.w, b2.w, fma(a54.z, b2.z, fma(a54.y, b2.y, fma(a54.x, b2.x, acc54_2)))); acc54_3 = fma(a54.w, b3.w, fma(a54.z, b3.z, fma(a54.y, b3.y, fma(a54.x, b3.x, acc54_3))));
      let a55 = subgroupBroadcast(as6, 7u);
      acc55_0 = fma(a55.w, b0.w, fma(a55.z, b0.z, fma(a55.y, b0.y, fma(a55.x, b0.x, acc55_0)))); acc55_1 = fma(a55.w, b1.w, fma(a55.z, b1.z, fma(a55.y, b1.y, fma(a55.x, b1.x, acc55_1)))); acc55_2 = fma(a55.w, b2.w, fma(a55.z, b2.z, fma(a55.y, b2.y, fma(a55.x, b2.x, acc55_2)))); acc55_3 = fma(a55.w, b3.w, fma(a55.z, b3.z, fma(a55.y, b3.y, fma(a55.x, b3.x, acc55_3))));
      let a56 = subgroupBroadcast(as7, 0u);
      acc56_0 = fma(a56.w, b0.w, fma(a56.z, b0.z, fma(a56.y, b0.y, fma(a56.x, b0.x, acc56_0)))); acc56_1 = fma(a56.w, b1.w, fma(a56.z, b1.z, fma(a56.y, b1.y, fma(a56.x, b1.x, acc56_1)))); acc56_2 = fma(a56.w, b2.w, fma(a56.z, b2.z, fma(a56.y, b2.y, fma(a56.x, b2.x, acc56_2)))); acc56_3 = fma(a56.w, b3.w, fma(a56.z, b3.z, fma(a56.y, b3.y, fma(a56.x, b3.x, acc56_3))));
      let a57 = subgroupBroadcast(as7, 1u);
      acc57_0 = fma(a57.w, b0.w, fma(a57.z, b0.z, fma(a57.y, b0.y, fma(a57.x, b0.x, acc57_0)))); acc57_1 = fma(a57.w, b1.w, fma(a57.z, b1.z, fma(a57.y, b1.y, fma(a57.x, b1.x, acc57_1)))); acc57_2 = fma(a57.w, b2.w, fma(a57.z, b2.z, fma(a57.y, b2.y, fma(a57.x, b2.x, acc57_2)))); acc57_3 = fma(a57.w, b3.w, fma(a57.z, b3.z, fma(a57.y, b3.y, fma(a57.x, b3.x, acc57_3))));
      let a58 = subgroupBroadcast(as7, 2u);
      acc58_0 = fma(a58.w, b0.w, fma(a58.z, b0.z, fma(a58.y, b0.y, fma(a58.x, b0.x, acc58_0)))); acc58_1 = fma(a58.w, b1.w, fma(a58.z, b1.z, fma(a58.y, b1.y, fma(a58.x, b1.x, acc58_1)))); acc58_2 = fma(a58.w, b2.w, fma(a58.z, b2.z, fma(a58.y, b2.y, fma(a58.x, b2.x, acc58_2)))); acc58_3 = fma(a58.w, b3.w, fma(a58.z, b3.z, fma(a58.y, b3.y, fma(a58.x, b3.x, acc58_3))));
      let a59 = subgroupBroadcast(as7, 3u);
      acc59_0 = fma(a59.w, b0.w, fma(a59.z, b0.z, fma(a59.y, b0.y, fma(a59.x, b0.x, acc59_0)))); acc59_1 = fma(a59.w, b1.w, fma(a59.z, b1.z, fma(a59.y, b1.y, fma(a59.x, b1.x, acc59_1)))); acc59_2 = fma(a59.w, b2.w, fma(a59.z, b2.z, fma(a59.y, b2.y, fma(a59.x, b2.x, acc59_2)))); acc59_3 = fma(a59.w, b3.w, fma(a59.z, b3.z, fma(a59.y, b3.y, fma(a59.x, b3.x, acc59_3))));
      let a60 = subgroupBroadcast(as7, 4u);
      acc60_0 = fma(a60.w, b0.w, fma(a60.z, b0.z, fma(a60.y, b0.y, fma(a60.x, b0.x, acc60_0)))); acc60_1 = fma(a60.w, b1.w, fma(a60.z, b1.z, fma(a60.y, b1.y, fma(a60.x, b1.x, acc60_1)))); acc60_2 = fma(a60.w, b2.w, fma(a60.z, b2.z, fma(a60.y, b2.y, fma(a60.x, b2.x, acc60_2)))); acc60_3 = fma(a60.w, b3.w, fma(a60.z, b3.z, fma(a60.y, b3.y, fma(a60.x, b3.x, acc60_3))));
      let a61 = subgroupBroadcast(as7, 5u);
      acc61_0 = fma(a61.w, b0.w, fma(a61.z, b0.z, fma(a61.y, b0.y, fma(a61.x, b0.x, acc61_0)))); acc61_1 = fma(a61.w, b1.w, fma(a61.z, b1.z, fma(a61.y, b1.y, fma(a61.x, b1.x, acc61_1)))); acc61_2 = fma(a61.w, b2.w, fma(a61.z, b2.z, fma(a61.y, b2.y, fma(a61.x, b2.x, acc61_2)))); acc61_3 = fma(a61.w, b3.w, fma(a61.z, b3.z, fma(a61.y, b3.y, fma(a61.x, b3.x, acc61_3))));
      let a62 = subgroupBroadcast(as7, 6u);
      acc62_0 = fma(a62.w, b0.w, fma(a62.z, b0.z, fma(a62.y, b0.y, fma(a62.x, b0.x, acc62_0)))); acc62_1 = fma(a62.w, b1.w, fma(a62.z, b1.z, fma(a62.y, b1.y, fma(a62.x, b1.x, acc62_1)))); acc62_2 = fma(a62.w, b2.w, fma(a62.z, b2.z, fma(a62.y, b2.y, fma(a62.x, b2.x, acc62_2)))); acc62_3 = fma(a62.w, b3.w, fma(a62.z, b3.z, fma(a62.y, b3.y, fma(a62.x, b3.x, acc62_3))));
      let a63 = subgroupBroadcast(as7, 7u);
      acc63_0 = fma(a63.w, b0.w, fma(a63.z, b0.z, fma(a63.y, b0.y, fma(a63.x, b0.x, acc63_0)))); acc63_1 = fma(a63.w, b1.w, fma(a63.z, b1.z, fma(a63.y, b1.y, fma(a63.x, b1.x, acc63_1)))); acc63_2 = fma(a63.w, b2.w, fma(a63.z, b2.z, fma(a63.y, b2.y, fma(a63.x, b2.x, acc63_2)))); acc63_3 = fma(a63.w, b3.w, fma(a63.z, b3.z, fma(a63.y, b3.y, fma(a63.x, b3.x, acc63_3))));
    }
    // Codes come in increasing order within a lane: strict < keeps the first minimum.
    { let dd = xn0 + en0 - 2.0 * acc0_0; if (dd < best0) { best0 = dd; bi0 = ci0; } }
    { let dd = xn0 + en1 - 2.0 * acc0_1; if (dd < best0) { best0 = dd; bi0 = ci1; } }
    { let dd = xn0 + en2 - 2.0 * acc0_2; if (dd < best0) { best0 = dd; bi0 = ci2; } }
    { let dd = xn0 + en3 - 2.0 * acc0_3; if (dd < best0) { best0 = dd; bi0 = ci3; } }
    { let dd = xn1 + en0 - 2.0 * acc1_0; if (dd < best1) { best1 = dd; bi1 = ci0; } }
    { let dd = xn1 + en1 - 2.0 * acc1_1; if (dd < best1) { best1 = dd; bi1 = ci1; } }
    { let dd = xn1 + en2 - 2.0 * acc1_2; if (dd < best1) { best1 = dd; bi1 = ci2; } }
    { let dd = xn1 + en3 - 2.0 * acc1_3; if (dd < best1) { best1 = dd; bi1 = ci3; } }
    { let dd = xn2 + en0 - 2.0 * acc2_0; if (dd < best2) { best2 = dd; bi2 = ci0; } }
    { let dd = xn2 + en1 - 2.0 * acc2_1; if (dd < best2) { best2 = dd; bi2 = ci1; } }
    { let dd = xn2 + en2 - 2.0 * acc2_2; if (dd < best2) { best2 = dd; bi2 = ci2; } }
    { let dd = xn2 + en3 - 2.0 * acc2_3; if (dd < best2) { best2 = dd; bi2 = ci3; } }
    { let dd = xn3 + en0 - 2.0 * acc3_0; if (dd < best3) { best3 = dd; bi3 = ci0; } }
    { let dd = xn3 + en1 - 2.0 * acc3_1; if (dd < best3) { best3 = dd; bi3 = ci1; } }
    { let dd = xn3 + en2 - 2.0 * acc3_2; if (dd < best3) { best3 = dd; bi3 = ci2; } }
    { let dd = xn3 + en3 - 2.0 * acc3_3; if (dd < best3) { best3 = dd; bi3 = ci3; } }
    { let dd = xn4 + en0 - 2.0 * acc4_0; if (dd < best4) { best4 = dd; bi4 = ci0; } }
    { let dd = xn4 + en1 - 2.0 * acc4_1; if (dd < best4) { best4 = dd; bi4 = ci1; } }
    { let dd = xn4 + en2 - 2.0 * acc4_2; if (dd < best4) { best4 = dd; bi4 = ci2; } }
    { let dd = xn4 + en3 - 2.0 * acc4_3; if (dd < best4) { best4 = dd; bi4 = ci3; } }
    { let dd = xn5 + en0 - 2.0 * acc5_0; if (dd < best5) { best5 = dd; bi5 = ci0; } }
    { let dd = xn5 + en1 - 2.0 * acc5_1; if (dd < best5) { best5 = dd; bi5 = ci1; } }
    { let dd = xn5 + en2 - 2.0 * acc5_2; if (dd < best5) { best5 = dd; bi5 = ci2; } }
    { let dd = xn5 + en3 - 2.0 * acc5_3; if (dd < best5) { best5 = dd; bi5 = ci3; } }
    { let dd = xn6 + en0 - 2.0 * acc6_0; if (dd < best6) { best6 = dd; bi6 = ci0; } }
    { let dd = xn6 + en1 - 2.0 * acc6_1; if (dd < best6) { best6 = dd; bi6 = ci1; } }
    { let dd = xn6 + en2 - 2.0 * acc6_2; if (dd < best6) { best6 = dd; bi6 = ci2; } }
    { let dd = xn6 + en3 - 2.0 * acc6_3; if (dd < best6) { best6 = dd; bi6 = ci3; } }
    { let dd = xn7 + en0 - 2.0 * acc7_0; if (dd < best7) { best7 = dd; bi7 = ci0; } }
    { let dd = xn7 + en1 - 2.0 * acc7_1; if (dd < best7) { best7 = dd; bi7 = ci1; } }
    { let dd = xn7 + en2 - 2.0 * acc7_2; if (dd < best7) { best7 = dd; bi7 = ci2; } }
    { let dd = xn7 + en3 - 2.0 * acc7_3; if (dd < best7) { best7 = dd; bi7 = ci3; } }
    { let dd = xn8 + en0 - 2.0 * acc8_0; if (dd < best8) { best8 = dd; bi8 = ci0; } }
    { let dd = xn8 + en1 - 2.0 * acc8_1; if (dd < best8) { best8 = dd; bi8 = ci1; } }
    { let dd = xn8 + en2 - 2.0 * acc8_2; if (dd < best8) { best8 = dd; bi8 = ci2; } }
    { let dd = xn8 + en3 - 2.0 * acc8_3; if (dd < best8) { best8 = dd; bi8 = ci3; } }
    { let dd = xn9 + en0 - 2.0 * acc9_0; if (dd < best9) { best9 = dd; bi9 = ci0; } }
    { let dd = xn9 + en1 - 2.0 * acc9_1; if (dd < best9) { best9 = dd; bi9 = ci1; } }
    { let dd = xn9 + en2 - 2.0 * acc9_2; if (dd < best9) { best9 = dd; bi9 = ci2; } }
    { let dd = xn9 + en3 - 2.0 * acc9_3; if (dd < best9) { best9 = dd; bi9 = ci3; } }
    { let dd = xn10 + en0 - 2.0 * acc10_0; if (dd < best10) { best10 = dd; bi10 = ci0; } }
    { let dd = xn10 + en1 - 2.0 * acc10_1; if (dd < best10) { best10 = dd; bi10 = ci1; } }
    { let dd = xn10 + en2 - 2.0 * acc10_2; if (dd < best10) { best10 = dd; bi10 = ci2; } }
    { let dd = xn10 + en3 - 2.0 * acc10_3; if (dd < best10) { best10 = dd; bi10 = ci3; } }
    { let dd = xn11 + en0 - 2.0 * acc11_0; if (dd < best11) { best11 = dd; bi11 = ci0; } }
    { let dd = xn11 + en1 - 2.0 * acc11_1; if (dd < best11) { best11 = dd; bi11 = ci1; } }
    { let dd = xn11 + en2 - 2.0 * acc11_2; if (dd < best11) { best11 = dd; bi11 = ci2; } }
    { let dd = xn11 + en3 - 2.0 * acc11_3; if (dd < best11) { best11 = dd; bi11 = ci3; } }
    { let dd = xn12 + en0 - 2.0 * acc12_0; if (dd < best12) { best12 = dd; bi12 = ci0; } }
    { let dd = xn12 + en1 - 2.0 * acc12_1; if (dd < best12) { best12 = dd; bi12 = ci1; } }
    { let dd = xn12 + en2 - 2.0 * acc12_2; if (dd < best12) { best12 = dd; bi12 = ci2; } }
    { let dd = xn12 + en3 - 2.0 * acc12_3; if (dd < best12) { best12 = dd; bi12 = ci3; } }
    { let dd = xn13 + en0 - 2.0 * acc13_0; if (dd < best13) { best13 = dd; bi13 = ci0; } }
    { let dd = xn13 + en1 - 2.0 * acc13_1; if (dd < best13) { best13 = dd; bi13 = ci1; } }
    { let dd = xn13 + en2 - 2.0 * acc13_2; if (dd < best13) { best13 = dd; bi13 = ci2; } }
    { let dd = xn13 + en3 - 2.0 * acc13_3; if (dd < best13) { best13 = dd; bi13 = ci3; } }
    { let dd = xn14 + en0 - 2.0 * acc14_0; if (dd < best14) { best14 = dd; bi14 = ci0; } }
    { let dd = xn14 + en1 - 2.0 * acc14_1; if (dd < best14) { best14 = dd; bi14 = ci1; } }
    { let dd = xn14 + en2 - 2.0 * acc14_2; if (dd < best14) { best14 = dd; bi14 = ci2; } }
    { let dd = xn14 + en3 - 2.0 * acc14_3; if (dd < best14) { best14 = dd; bi14 = ci3; } }
    { let dd = xn15 + en0 - 2.0 * acc15_0; if (dd < best15) { best15 = dd; bi15 = ci0; } }
    { let dd = xn15 + en1 - 2.0 * acc15_1; if (dd < best15) { best15 = dd; bi15 = ci1; } }
    { let dd = xn15 + en2 - 2.0 * acc15_2; if (dd < best15) { best15 = dd; bi15 = ci2; } }
    { let dd = xn15 + en3 - 2.0 * acc15_3; if (dd < best15) { best15 = dd; bi15 = ci3; } }
    { let dd = xn16 + en0 - 2.0 * acc16_0; if (dd < best16) { best16 = dd; bi16 = ci0; } }
    { let dd = xn16 + en1 - 2.0 * acc16_1; if (dd < best16) { best16 = dd; bi16 = ci1; } }
    { let dd = xn16 + en2 - 2.0 * acc16_2; if (dd < best16) { best16 = dd; bi16 = ci2; } }
    { let dd = xn16 + en3 - 2.0 * acc16_3; if (dd < best16) { best16 = dd; bi16 = ci3; } }
    { let dd = xn17 + en0 - 2.0 * acc17_0; if (dd < best17) { best17 = dd; bi17 = ci0; } }
    { let dd = xn17 + en1 - 2.0 * acc17_1; if (dd < best17) { best17 = dd; bi17 = ci1; } }
    { let dd = xn17 + en2 - 2.0 * acc17_2; if (dd < best17) { best17 = dd; bi17 = ci2; } }
    { let dd = xn17 + en3 - 2.0 * acc17_3; if (dd < best17) { best17 = dd; bi17 = ci3; } }
    { let dd = xn18 + en0 - 2.0 * acc18_0; if (dd < best18) { best18 = dd; bi18 = ci0; } }
    { let dd = xn18 + en1 - 2.0 * acc18_1; if (dd < best18) { best18 = dd; bi18 = ci1; } }
    { let dd = xn18 + en2 - 2.0 * acc18_2; if (dd < best18) { best18 = dd; bi18 = ci2; } }
    { let dd = xn18 + en3 - 2.0 * acc18_3; if (dd < best18) { best18 = dd; bi18 = ci3; } }
    { let dd = xn19 + en0 - 2.0 * acc19_0; if (dd < best19) { best19 = dd; bi19 = ci0; } }
    { let dd = xn19 + en1 - 2.0 * acc19_1; if (dd < best19) { best19 = dd; bi19 = ci1; } }
    { let dd = xn19 + en2 - 2.0 * acc19_2; if (dd < best19) { best19 = dd; bi19 = ci2; } }
    { let dd = xn19 + en3 - 2.0 * acc19_3; if (dd < best19) { best19 = dd; bi19 = ci3; } }
    { let dd = xn20 + en0 - 2.0 * acc20_0; if (dd < best20) { best20 = dd; bi20 = ci0; } }
    { let dd = xn20 + en1 - 2.0 * acc20_1; if (dd < best20) { best20 = dd; bi20 = ci1; } }
    { let dd = xn20 + en2 - 2.0 * acc20_2; if (dd < best20) { best20 = dd; bi20 = ci2; } }
    { let dd = xn20 + en3 - 2.0 * acc20_3; if (dd < best20) { best20 = dd; bi20 = ci3; } }
    { let dd = xn21 + en0 - 2.0 * acc21_0; if (dd < best21) { best21 = dd; bi21 = ci0; } }
    { let dd = xn21 + en1 - 2.0 * acc21_1; if (dd < best21) { best21 = dd; bi21 = ci1; } }
    { let dd = xn21 + en2 - 2.0 * acc21_2; if (dd < best21) { best21 = dd; bi21 = ci2; } }
    { let dd = xn21 + en3 - 2.0 * acc21_3; if (dd < best21) { best21 = dd; bi21 = ci3; } }
    { let dd = xn22 + en0 - 2.0 * acc22_0; if (dd < best22) { best22 = dd; bi22 = ci0; } }
    { let dd = xn22 + en1 - 2.0 * acc22_1; if (dd < best22) { best22 = dd; bi22 = ci1; } }
    { let dd = xn22 + en2 - 2.0 * acc22_2; if (dd < best22) { best22 = dd; bi22 = ci2; } }
    { let dd = xn22 + en3 - 2.0 * acc22_3; if (dd < best22) { best22 = dd; bi22 = ci3; } }
    { let dd = xn23 + en0 - 2.0 * acc23_0; if (dd < best23) { best23 = dd; bi23 = ci0; } }
    { let dd = xn23 + en1 - 2.0 * acc23_1; if (dd < best23) { best23 = dd; bi23 = ci1; } }
    { let dd = xn23 + en2 - 2.0 * acc23_2; if (dd < best23) { best23 = dd; bi23 = ci2; } }
    { let dd = xn23 + en3 - 2.0 * acc23_3; if (dd < best23) { best23 = dd; bi23 = ci3; } }
    { let dd = xn24 + en0 - 2.0 * acc24_0; if (dd < best24) { best24 = dd; bi24 = ci0; } }
    { let dd = xn24 + en1 - 2.0 * acc24_1; if (dd < best24) { best24 = dd; bi24 = ci1; } }
    { let dd = xn24 + en2 - 2.0 * acc24_2; if (dd < best24) { best24 = dd; bi24 = ci2; } }
    { let dd = xn24 + en3 - 2.0 * acc24_3; if (dd < best24) { best24 = dd; bi24 = ci3; } }
    { let dd = xn25 + en0 - 2.0 * acc25_0; if (dd < best25) { best25 = dd; bi25 = ci0; } }
    { let dd = xn25 + en1 - 2.0 * acc25_1; if (dd < best25) { best25 = dd; bi25 = ci1; } }
    { let dd = xn25 + en2 - 2.0 * acc25_2; if (dd < best25) { best25 = dd; bi25 = ci2; } }
    { let dd = xn25 + en3 - 2.0 * acc25_3; if (dd < best25) { best25 = dd; bi25 = ci3; } }
    { let dd = xn26 + en0 - 2.0 * acc26_0; if (dd < best26) { best26 = dd; bi26 = ci0; } }
    { let dd = xn26 + en1 - 2.0 * acc26_1; if (dd < best26) { best26 = dd; bi26 = ci1; } }
    { let dd = xn26 + en2 - 2.0 * acc26_2; if (dd < best26) { best26 = dd; bi26 = ci2; } }
    { let dd = xn26 + en3 - 2.0 * acc26_3; if (dd < best26) { best26 = dd; bi26 = ci3; } }
    { let dd = xn27 + en0 - 2.0 * acc27_0; if (dd < best27) { best27 = dd; bi27 = ci0; } }
    { let dd = xn27 + en1 - 2.0 * acc27_1; if (dd < best27) { best27 = dd; bi27 = ci1; } }
    { let dd = xn27 + en2 - 2.0 * acc27_2; if (dd < best27) { best27 = dd; bi27 = ci2; } }
    { let dd = xn27 + en3 - 2.0 * acc27_3; if (dd < best27) { best27 = dd; bi27 = ci3; } }
    { let dd = xn28 + en0 - 2.0 * acc28_0; if (dd < best28) { best28 = dd; bi28 = ci0; } }
    { let dd = xn28 + en1 - 2.0 * acc28_1; if (dd < best28) { best28 = dd; bi28 = ci1; } }
    { let dd = xn28 + en2 - 2.0 * acc28_2; if (dd < best28) { best28 = dd; bi28 = ci2; } }
    { let dd = xn28 + en3 - 2.0 * acc28_3; if (dd < best28) { best28 = dd; bi28 = ci3; } }
    { let dd = xn29 + en0 - 2.0 * acc29_0; if (dd < best29) { best29 = dd; bi29 = ci0; } }
    { let dd = xn29 + en1 - 2.0 * acc29_1; if (dd < best29) { best29 = dd; bi29 = ci1; } }
    { let dd = xn29 + en2 - 2.0 * acc29_2; if (dd < best29) { best29 = dd; bi29 = ci2; } }
    { let dd = xn29 + en3 - 2.0 * acc29_3; if (dd < best29) { best29 = dd; bi29 = ci3; } }
    { let dd = xn30 + en0 - 2.0 * acc30_0; if (dd < best30) { best30 = dd; bi30 = ci0; } }
    { let dd = xn30 + en1 - 2.0 * acc30_1; if (dd < best30) { best30 = dd; bi30 = ci1; } }
    { let dd = xn30 + en2 - 2.0 * acc30_2; if (dd < best30) { best30 = dd; bi30 = ci2; } }
    { let dd = xn30 + en3 - 2.0 * acc30_3; if (dd < best30) { best30 = dd; bi30 = ci3; } }
    { let dd = xn31 + en0 - 2.0 * acc31_0; if (dd < best31) { best31 = dd; bi31 = ci0; } }
    { let dd = xn31 + en1 - 2.0 * acc31_1; if (dd < best31) { best31 = dd; bi31 = ci1; } }
    { let dd = xn31 + en2 - 2.0 * acc31_2; if (dd < best31) { best31 = dd; bi31 = ci2; } }
    { let dd = xn31 + en3 - 2.0 * acc31_3; if (dd < best31) { best31 = dd; bi31 = ci3; } }
    { let dd = xn32 + en0 - 2.0 * acc32_0; if (dd < best32) { best32 = dd; bi32 = ci0; } }
    { let dd = xn32 + en1 - 2.0 * acc32_1; if (dd < best32) { best32 = dd; bi32 = ci1; } }
    { let dd = xn32 + en2 - 2.0 * acc32_2; if (dd < best32) { best32 = dd; bi32 = ci2; } }
    { let dd = xn32 + en3 - 2.0 * acc32_3; if (dd < best32) { best32 = dd; bi32 = ci3; } }
    { let dd = xn33 + en0 - 2.0 * acc33_0; if (dd < best33) { best33 = dd; bi33 = ci0; } }
    { let dd = xn33 + en1 - 2.0 * acc33_1; if (dd < best33) { best33 = dd; bi33 = ci1; } }
    { let dd = xn33 + en2 - 2.0 * acc33_2; if (dd < best33) { best33 = dd; bi33 = ci2; } }
    { let dd = xn33 + en3 - 2.0 * acc33_3; if (dd < best33) { best33 = dd; bi33 = ci3; } }
    { let dd = xn34 + en0 - 2.0 * acc34_0; if (dd < best34) { best34 = dd; bi34 = ci0; } }
    { let dd = xn34 + en1 - 2.0 * acc34_1; if (dd < best34) { best34 = dd; bi34 = ci1; } }
    { let dd = xn34 + en2 - 2.0 * acc34_2; if (dd < best34) { best34 = dd; bi34 = ci2; } }
    { let dd = xn34 + en3 - 2.0 * acc34_3; if (dd < best34) { best34 = dd; bi34 = ci3; } }
    { let dd = xn35 + en0 - 2.0 * acc35_0; if (dd < best35) { best35 = dd; bi35 = ci0; } }
    { let dd = xn35 + en1 - 2.0 * acc35_1; if (dd < best35) { best35 = dd; bi35 = ci1; } }
    { let dd = xn35 + en2 - 2.0 * acc35_2; if (dd < best35) { best35 = dd; bi35 = ci2; } }
    { let dd = xn35 + en3 - 2.0 * acc35_3; if (dd < best35) { best35 = dd; bi35 = ci3; } }
    { let dd = xn36 + en0 - 2.0 * acc36_0; if (dd < best36) { best36 = dd; bi36 = ci0; } }
    { let dd = xn36 + en1 - 2.0 * acc36_1; if (dd < best36) { best36 = dd; bi36 = ci1; } }
    { let dd = xn36 + en2 - 2.0 * acc36_2; if (dd < best36) { best36 = dd; bi36 = ci2; } }
    { let dd = xn36 + en3 - 2.0 * acc36_3; if (dd < best36) { best36 = dd; bi36 = ci3; } }
    { let dd = xn37 + en0 - 2.0 * acc37_0; if (dd < best37) { best37 = dd; bi37 = ci0; } }
    { let dd = xn37 + en1 - 2.0 * acc37_1; if (dd < best37) { best37 = dd; bi37 = ci1; } }
    { let dd = xn37 + en2 - 2.0 * acc37_2; if (dd < best37) { best37 = dd; bi37 = ci2; } }
    { let dd = xn37 + en3 - 2.0 * acc37_3; if (dd < best37) { best37 = dd; bi37 = ci3; } }
    { let dd = xn38 + en0 - 2.0 * acc38_0; if (dd < best38) { best38 = dd; bi38 = ci0; } }
    { let dd = xn38 + en1 - 2.0 * acc38_1; if (dd < best38) { best38 = dd; bi38 = ci1; } }
    { let dd = xn38 + en2 - 2.0 * acc38_2; if (dd < best38) { best38 = dd; bi38 = ci2; } }
    { let dd = xn38 + en3 - 2.0 * acc38_3; if (dd < best38) { best38 = dd; bi38 = ci3; } }
    { let dd = xn39 + en0 - 2.0 * acc39_0; if (dd < best39) { best39 = dd; bi39 = ci0; } }
    { let dd = xn39 + en1 - 2.0 * acc39_1; if (dd < best39) { best39 = dd; bi39 = ci1; } }
    { let dd = xn39 + en2 - 2.0 * acc39_2; if (dd < best39) { best39 = dd; bi39 = ci2; } }
    { let dd = xn39 + en3 - 2.0 * acc39_3; if (dd < best39) { best39 = dd; bi39 = ci3; } }
    { let dd = xn40 + en0 - 2.0 * acc40_0; if (dd < best40) { best40 = dd; bi40 = ci0; } }
    { let dd = xn40 + en1 - 2.0 * acc40_1; if (dd < best40) { best40 = dd; bi40 = ci1; } }
    { let dd = xn40 + en2 - 2.0 * acc40_2; if (dd < best40) { best40 = dd; bi40 = ci2; } }
    { let dd = xn40 + en3 - 2.0 * acc40_3; if (dd < best40) { best40 = dd; bi40 = ci3; } }
    { let dd = xn41 + en0 - 2.0 * acc41_0; if (dd < best41) { best41 = dd; bi41 = ci0; } }
    { let dd = xn41 + en1 - 2.0 * acc41_1; if (dd < best41) { best41 = dd; bi41 = ci1; } }
    { let dd = xn41 + en2 - 2.0 * acc41_2; if (dd < best41) { best41 = dd; bi41 = ci2; } }
    { let dd = xn41 + en3 - 2.0 * acc41_3; if (dd < best41) { best41 = dd; bi41 = ci3; } }
    { let dd = xn42 + en0 - 2.0 * acc42_0; if (dd < best42) { best42 = dd; bi42 = ci0; } }
    { let dd = xn42 + en1 - 2.0 * acc42_1; if (dd < best42) { best42 = dd; bi42 = ci1; } }
    { let dd = xn42 + en2 - 2.0 * acc42_2; if (dd < best42) { best42 = dd; bi42 = ci2; } }
    { let dd = xn42 + en3 - 2.0 * acc42_3; if (dd < best42) { best42 = dd; bi42 = ci3; } }
    { let dd = xn43 + en0 - 2.0 * acc43_0; if (dd < best43) { best43 = dd; bi43 = ci0; } }
    { let dd = xn43 + en1 - 2.0 * acc43_1; if (dd < best43) { best43 = dd; bi43 = ci1; } }
    { let dd = xn43 + en2 - 2.0 * acc43_2; if (dd < best43) { best43 = dd; bi43 = ci2; } }
    { let dd = xn43 + en3 - 2.0 * acc43_3; if (dd < best43) { best43 = dd; bi43 = ci3; } }
    { let dd = xn44 + en0 - 2.0 * acc44_0; if (dd < best44) { best44 = dd; bi44 = ci0; } }
    { let dd = xn44 + en1 - 2.0 * acc44_1; if (dd < best44) { best44 = dd; bi44 = ci1; } }
    { let dd = xn44 + en2 - 2.0 * acc44_2; if (dd < best44) { best44 = dd; bi44 = ci2; } }
    { let dd = xn44 + en3 - 2.0 * acc44_3; if (dd < best44) { best44 = dd; bi44 = ci3; } }
    { let dd = xn45 + en0 - 2.0 * acc45_0; if (dd < best45) { best45 = dd; bi45 = ci0; } }
    { let dd = xn45 + en1 - 2.0 * acc45_1; if (dd < best45) { best45 = dd; bi45 = ci1; } }
    { let dd = xn45 + en2 - 2.0 * acc45_2; if (dd < best45) { best45 = dd; bi45 = ci2; } }
    { let dd = xn45 + en3 - 2.0 * acc45_3; if (dd < best45) { best45 = dd; bi45 = ci3; } }
    { let dd = xn46 + en0 - 2.0 * acc46_0; if (dd < best46) { best46 = dd; bi46 = ci0; } }
    { let dd = xn46 + en1 - 2.0 * acc46_1; if (dd < best46) { best46 = dd; bi46 = ci1; } }
    { let dd = xn46 + en2 - 2.0 * acc46_2; if (dd < best46) { best46 = dd; bi46 = ci2; } }
    { let dd = xn46 + en3 - 2.0 * acc46_3; if (dd < best46) { best46 = dd; bi46 = ci3; } }
    { let dd = xn47 + en0 - 2.0 * acc47_0; if (dd < best47) { best47 = dd; bi47 = ci0; } }
    { let dd = xn47 + en1 - 2.0 * acc47_1; if (dd < best47) { best47 = dd; bi47 = ci1; } }
    { let dd = xn47 + en2 - 2.0 * acc47_2; if (dd < best47) { best47 = dd; bi47 = ci2; } }
    { let dd = xn47 + en3 - 2.0 * acc47_3; if (dd < best47) { best47 = dd; bi47 = ci3; } }
    { let dd = xn48 + en0 - 2.0 * acc48_0; if (dd < best48) { best48 = dd; bi48 = ci0; } }
    { let dd = xn48 + en1 - 2.0 * acc48_1; if (dd < best48) { best48 = dd; bi48 = ci1; } }
    { let dd = xn48 + en2 - 2.0 * acc48_2; if (dd < best48) { best48 = dd; bi48 = ci2; } }
    { let dd = xn48 + en3 - 2.0 * acc48_3; if (dd < best48) { best48 = dd; bi48 = ci3; } }
    { let dd = xn49 + en0 - 2.0 * acc49_0; if (dd < best49) { best49 = dd; bi49 = ci0; } }
    { let dd = xn49 + en1 - 2.0 * acc49_1; if (dd < best49) { best49 = dd; bi49 = ci1; } }
    { let dd = xn49 + en2 - 2.0 * acc49_2; if (dd < best49) { best49 = dd; bi49 = ci2; } }
    { let dd = xn49 + en3 - 2.0 * acc49_3; if (dd < best49) { best49 = dd; bi49 = ci3; } }
    { let dd = xn50 + en0 - 2.0 * acc50_0; if (dd < best50) { best50 = dd; bi50 = ci0; } }
    { let dd = xn50 + en1 - 2.0 * acc50_1; if (dd < best50) { best50 = dd; bi50 = ci1; } }
    { let dd = xn50 + en2 - 2.0 * acc50_2; if (dd < best50) { best50 = dd; bi50 = ci2; } }
    { let dd = xn50 + en3 - 2.0 * acc50_3; if (dd < best50) { best50 = dd; bi50 = ci3; } }
    { let dd = xn51 + en0 - 2.0 * acc51_0; if (dd < best51) { best51 = dd; bi51 = ci0; } }
    { let dd = xn51 + en1 - 2.0 * acc51_1; if (dd < best51) { best51 = dd; bi51 = ci1; } }
    { let dd = xn51 + en2 - 2.0 * acc51_2; if (dd < best51) { best51 = dd; bi51 = ci2; } }
    { let dd = xn51 + en3 - 2.0 * acc51_3; if (dd < best51) { best51 = dd; bi51 = ci3; } }
    { let dd = xn52 + en0 - 2.0 * acc52_0; if (dd < best52) { best52 = dd; bi52 = ci0; } }
    { let dd = xn52 + en1 - 2.0 * acc52_1; if (dd < best52) { best52 = dd; bi52 = ci1; } }
    { let dd = xn52 + en2 - 2.0 * acc52_2; if (dd < best52) { best52 = dd; bi52 = ci2; } }
    { let dd = xn52 + en3 - 2.0 * acc52_3; if (dd < best52) { best52 = dd; bi52 = ci3; } }
    { let dd = xn53 + en0 - 2.0 * acc53_0; if (dd < best53) { best53 = dd; bi53 = ci0; } }
    { let dd = xn53 + en1 - 2.0 * acc53_1; if (dd < best53) { best53 = dd; bi53 = ci1; } }
    { let dd = xn53 + en2 - 2.0 * acc53_2; if (dd < best53) { best53 = dd; bi53 = ci2; } }
    { let dd = xn53 + en3 - 2.0 * acc53_3; if (dd < best53) { best53 = dd; bi53 = ci3; } }
    { let dd = xn54 + en0 - 2.0 * acc54_0; if (dd < best54) { best54 = dd; bi54 = ci0; } }
    { let dd = xn54 + en1 - 2.0 * acc54_1; if (dd < best54) { best54 = dd; bi54 = ci1; } }
    { let dd = xn54 + en2 - 2.0 * acc54_2; if (dd < best54) { best54 = dd; bi54 = ci2; } }
    { let dd = xn54 + en3 - 2.0 * acc54_3; if (dd < best54) { best54 = dd; bi54 = ci3; } }
    { let dd = xn55 + en0 - 2.0 * acc55_0; if (dd < best55) { best55 = dd; bi55 = ci0; } }
    { let dd = xn55 + en1 - 2.0 * acc55_1; if (dd < best55) { best55 = dd; bi55 = ci1; } }
    { let dd = xn55 + en2 - 2.0 * acc55_2; if (dd < best55) { best55 = dd; bi55 = ci2; } }
    { let dd = xn55 + en3 - 2.0 * acc55_3; if (dd < best55) { best55 = dd; bi55 = ci3; } }
    { let dd = xn56 + en0 - 2.0 * acc56_0; if (dd < best56) { best56 = dd; bi56 = ci0; } }
    { let dd = xn56 + en1 - 2.0 * acc56_1; if (dd < best56) { best56 = dd; bi56 = ci1; } }
    { let dd = xn56 + en2 - 2.0 * acc56_2; if (dd < best56) { best56 = dd; bi56 = ci2; } }
    { let dd = xn56 + en3 - 2.0 * acc56_3; if (dd < best56) { best56 = dd; bi56 = ci3; } }
    { let dd = xn57 + en0 - 2.0 * acc57_0; if (dd < best57) { best57 = dd; bi57 = ci0; } }
    { let dd = xn57 + en1 - 2.0 * acc57_1; if (dd < best57) { best57 = dd; bi57 = ci1; } }
    { let dd = xn57 + en2 - 2.0 * acc57_2; if (dd < best57) { best57 = dd; bi57 = ci2; } }
    { let dd = xn57 + en3 - 2.0 * acc57_3; if (dd < best57) { best57 = dd; bi57 = ci3; } }
    { let dd = xn58 + en0 - 2.0 * acc58_0; if (dd < best58) { best58 = dd; bi58 = ci0; } }
    { let dd = xn58 + en1 - 2.0 * acc58_1; if (dd < best58) { best58 = dd; bi58 = ci1; } }
    { let dd = xn58 + en2 - 2.0 * acc58_2; if (dd < best58) { best58 = dd; bi58 = ci2; } }
    { let dd = xn58 + en3 - 2.0 * acc58_3; if (dd < best58) { best58 = dd; bi58 = ci3; } }
    { let dd = xn59 + en0 - 2.0 * acc59_0; if (dd < best59) { best59 = dd; bi59 = ci0; } }
    { let dd = xn59 + en1 - 2.0 * acc59_1; if (dd < best59) { best59 = dd; bi59 = ci1; } }
    { let dd = xn59 + en2 - 2.0 * acc59_2; if (dd < best59) { best59 = dd; bi59 = ci2; } }
    { let dd = xn59 + en3 - 2.0 * acc59_3; if (dd < best59) { best59 = dd; bi59 = ci3; } }
    { let dd = xn60 + en0 - 2.0 * acc60_0; if (dd < best60) { best60 = dd; bi60 = ci0; } }
    { let dd = xn60 + en1 - 2.0 * acc60_1; if (dd < best60) { best60 = dd; bi60 = ci1; } }
    { let dd = xn60 + en2 - 2.0 * acc60_2; if (dd < best60) { best60 = dd; bi60 = ci2; } }
    { let dd = xn60 + en3 - 2.0 * acc60_3; if (dd < best60) { best60 = dd; bi60 = ci3; } }
    { let dd = xn61 + en0 - 2.0 * acc61_0; if (dd < best61) { best61 = dd; bi61 = ci0; } }
    { let dd = xn61 + en1 - 2.0 * acc61_1; if (dd < best61) { best61 = dd; bi61 = ci1; } }
    { let dd = xn61 + en2 - 2.0 * acc61_2; if (dd < best61) { best61 = dd; bi61 = ci2; } }
    { let dd = xn61 + en3 - 2.0 * acc61_3; if (dd < best61) { best61 = dd; bi61 = ci3; } }
    { let dd = xn62 + en0 - 2.0 * acc62_0; if (dd < best62) { best62 = dd; bi62 = ci0; } }
    { let dd = xn62 + en1 - 2.0 * acc62_1; if (dd < best62) { best62 = dd; bi62 = ci1; } }
    { let dd = xn62 + en2 - 2.0 * acc62_2; if (dd < best62) { best62 = dd; bi62 = ci2; } }
    { let dd = xn62 + en3 - 2.0 * acc62_3; if (dd < best62) { best62 = dd; bi62 = ci3; } }
    { let dd = xn63 + en0 - 2.0 * acc63_0; if (dd < best63) { best63 = dd; bi63 = ci0; } }
    { let dd = xn63 + en1 - 2.0 * acc63_1; if (dd < best63) { best63 = dd; bi63 = ci1; } }
    { let dd = xn63 + en2 - 2.0 * acc63_2; if (dd < best63) { best63 = dd; bi63 = ci2; } }
    { let dd = xn63 + en3 - 2.0 * acc63_3; if (dd < best63) { best63 = dd; bi63 = ci3; } }
  }
  // Merge the 8 lanes: smallest distance, then the smallest index among the lanes holding it.
  let m0 = subgroupMin(best0);
  let k0 = subgroupMin(select(0xffffffffu, bi0, best0 == m0));
  if (lane == 0u && row0 + 0u < p.n) { out[row0 + 0u] = k0; }
  let m1 = subgroupMin(best1);
  let k1 = subgroupMin(select(0xffffffffu, bi1, best1 == m1));
  if (lane == 1u && row0 + 1u < p.n) { out[row0 + 1u] = k1; }
  let m2 = subgroupMin(best2);
  let k2 = subgroupMin(select(0xffffffffu, bi2, best2 == m2));
  if (lane == 2u && row0 + 2u < p.n) { out[row0 + 2u] = k2; }
  let m3 = subgroupMin(best3);
  let k3 = subgroupMin(select(0xffffffffu, bi3, best3 == m3));
  if (lane == 3u && row0 + 3u < p.n) { out[row0 + 3u] = k3; }
  let m4 = subgroupMin(best4);
  let k4 = subgroupMin(select(0xffffffffu, bi4, best4 == m4));
  if (lane == 4u && row0 + 4u < p.n) { out[row0 + 4u] = k4; }
  let m5 = subgroupMin(best5);
  let k5 = subgroupMin(select(0xffffffffu, bi5, best5 == m5));
  if (lane == 5u && row0 + 5u < p.n) { out[row0 + 5u] = k5; }
  let m6 = subgroupMin(best6);
  let k6 = subgroupMin(select(0xffffffffu, bi6, best6 == m6));
  if (lane == 6u && row0 + 6u < p.n) { out[row0 + 6u] = k6; }
  let m7 = subgroupMin(best7);
  let k7 = subgroupMin(select(0xffffffffu, bi7, best7 == m7));
  if (lane == 7u && row0 + 7u < p.n) { out[row0 + 7u] = k7; }
  let m8 = subgroupMin(best8);
  let k8 = subgroupMin(select(0xffffffffu, bi8, best8 == m8));
  if (lane == 0u && row0 + 8u < p.n) { out[row0 + 8u] = k8; }
  let m9 = subgroupMin(best9);
  let k9 = subgroupMin(select(0xffffffffu, bi9, best9 == m9));
  if (lane == 1u && row0 + 9u < p.n) { out[row0 + 9u] = k9; }
  let m10 = subgroupMin(best10);
  let k10 = subgroupMin(select(0xffffffffu, bi10, best10 == m10));
  if (lane == 2u && row0 + 10u < p.n) { out[row0 + 10u] = k10; }
  let m11 = subgroupMin(best11);
  let k11 = subgroupMin(select(0xffffffffu, bi11, best11 == m11));
  if (lane == 3u && row0 + 11u < p.n) { out[row0 + 11u] = k11; }
  let m12 = subgroupMin(best12);
  let k12 = subgroupMin(select(0xffffffffu, bi12, best12 == m12));
  if (lane == 4u && row0 + 12u < p.n) { out[row0 + 12u] = k12; }
  let m13 = subgroupMin(best13);
  let k13 = subgroupMin(select(0xffffffffu, bi13, best13 == m13));
  if (lane == 5u && row0 + 13u < p.n) { out[row0 + 13u] = k13; }
  let m14 = subgroupMin(best14);
  let k14 = subgroupMin(select(0xffffffffu, bi14, best14 == m14));
  if (lane == 6u && row0 + 14u < p.n) { out[row0 + 14u] = k14; }
  let m15 = subgroupMin(best15);
  let k15 = subgroupMin(select(0xffffffffu, bi15, best15 == m15));
  if (lane == 7u && row0 + 15u < p.n) { out[row0 + 15u] = k15; }
  let m16 = subgroupMin(best16);
  let k16 = subgroupMin(select(0xffffffffu, bi16, best16 == m16));
  if (lane == 0u && row0 + 16u < p.n) { out[row0 + 16u] = k16; }
  let m17 = subgroupMin(best17);
  let k17 = subgroupMin(select(0xffffffffu, bi17, best17 == m17));
  if (lane == 1u && row0 + 17u < p.n) { out[row0 + 17u] = k17; }
  let m18 = subgroupMin(best18);
  let k18 = subgroupMin(select(0xffffffffu, bi18, best18 == m18));
  if (lane == 2u && row0 + 18u < p.n) { out[row0 + 18u] = k18; }
  let m19 = subgroupMin(best19);
  let k19 = subgroupMin(select(0xffffffffu, bi19, best19 == m19));
  if (lane == 3u && row0 + 19u < p.n) { out[row0 + 19u] = k19; }
  let m20 = subgroupMin(best20);
  let k20 = subgroupMin(select(0xffffffffu, bi20, best20 == m20));
  if (lane == 4u && row0 + 20u < p.n) { out[row0 + 20u] = k20; }
  let m21 = subgroupMin(best21);
  let k21 = subgroupMin(select(0xffffffffu, bi21, best21 == m21));
  if (lane == 5u && row0 + 21u < p.n) { out[row0 + 21u] = k21; }
  let m22 = subgroupMin(best22);
  let k22 = subgroupMin(select(0xffffffffu, bi22, best22 == m22));
  if (lane == 6u && row0 + 22u < p.n) { out[row0 + 22u] = k22; }
  let m23 = subgroupMin(best23);
  let k23 = subgroupMin(select(0xffffffffu, bi23, best23 == m23));
  if (lane == 7u && row0 + 23u < p.n) { out[row0 + 23u] = k23; }
  let m24 = subgroupMin(best24);
  let k24 = subgroupMin(select(0xffffffffu, bi24, best24 == m24));
  if (lane == 0u && row0 + 24u < p.n) { out[row0 + 24u] = k24; }
  let m25 = subgroupMin(best25);
  let k25 = subgroupMin(select(0xffffffffu, bi25, best25 == m25));
  if (lane == 1u && row0 + 25u < p.n) { out[row0 + 25u] = k25; }
  let m26 = subgroupMin(best26);
  let k26 = subgroupMin(select(0xffffffffu, bi26, best26 == m26));
  if (lane == 2u && row0 + 26u < p.n) { out[row0 + 26u] = k26; }
  let m27 = subgroupMin(best27);
  let k27 = subgroupMin(select(0xffffffffu, bi27, best27 == m27));
  if (lane == 3u && row0 + 27u < p.n) { out[row0 + 27u] = k27; }
  let m28 = subgroupMin(best28);
  let k28 = subgroupMin(select(0xffffffffu, bi28, best28 == m28));
  if (lane == 4u && row0 + 28u < p.n) { out[row0 + 28u] = k28; }
  let m29 = subgroupMin(best29);
  let k29 = subgroupMin(select(0xffffffffu, bi29, best29 == m29));
  if (lane == 5u && row0 + 29u < p.n) { out[row0 + 29u] = k29; }
  let m30 = subgroupMin(best30);
  let k30 = subgroupMin(select(0xffffffffu, bi30, best30 == m30));
  if (lane == 6u && row0 + 30u < p.n) { out[row0 + 30u] = k30; }
  let m31 = subgroupMin(best31);
  let k31 = subgroupMin(select(0xffffffffu, bi31, best31 == m31));
  if (lane == 7u && row0 + 31u < p.n) { out[row0 + 31u] = k31; }
  let m32 = subgroupMin(best32);
  let k32 = subgroupMin(select(0xffffffffu, bi32, best32 == m32));
  if (lane == 0u && row0 + 32u < p.n) { out[row0 + 32u] = k32; }
  let m33 = subgroupMin(best33);
  let k33 = subgroupMin(select(0xffffffffu, bi33, best33 == m33));
  if (lane == 1u && row0 + 33u < p.n) { out[row0 + 33u] = k33; }
  let m34 = subgroupMin(best34);
  let k34 = subgroupMin(select(0xffffffffu, bi34, best34 == m34));
  if (lane == 2u && row0 + 34u < p.n) { out[row0 + 34u] = k34; }
  let m35 = subgroupMin(best35);
  let k35 = subgroupMin(select(0xffffffffu, bi35, best35 == m35));
  if (lane == 3u && row0 + 35u < p.n) { out[row0 + 35u] = k35; }
  let m36 = subgroupMin(best36);
  let k36 = subgroupMin(select(0xffffffffu, bi36, best36 == m36));
  if (lane == 4u && row0 + 36u < p.n) { out[row0 + 36u] = k36; }
  let m37 = subgroupMin(best37);
  let k37 = subgroupMin(select(0xffffffffu, bi37, best37 == m37));
  if (lane == 5u && row0 + 37u < p.n) { out[row0 + 37u] = k37; }
  let m38 = subgroupMin(best38);
  let k38 = subgroupMin(select(0xffffffffu, bi38, best38 == m38));
  if (lane == 6u && row0 + 38u < p.n) { out[row0 + 38u] = k38; }
  let m39 = subgroupMin(best39);
  let k39 = subgroupMin(select(0xffffffffu, bi39, best39 == m39));
  if (lane == 7u && row0 + 39u < p.n) { out[row0 + 39u] = k39; }
  let m40 = subgroupMin(best40);
  let k40 = subgroupMin(select(0xffffffffu, bi40, best40 == m40));
  if (lane == 0u && row0 + 40u < p.n) { out[row0 + 40u] = k40; }
  let m41 = subgroupMin(best41);
  let k41 = subgroupMin(select(0xffffffffu, bi41, best41 == m41));
  if (lane == 1u && row0 + 41u < p.n) { out[row0 + 41u] = k41; }
  let m42 = subgroupMin(best42);
  let k42 = subgroupMin(select(0xffffffffu, bi42, best42 == m42));
  if (lane == 2u && row0 + 42u < p.n) { out[row0 + 42u] = k42; }
  let m43 = subgroupMin(best43);
  let k43 = subgroupMin(select(0xffffffffu, bi43, best43 == m43));
  if (lane == 3u && row0 + 43u < p.n) { out[row0 + 43u] = k43; }
  let m44 = subgroupMin(best44);
  let k44 = subgroupMin(select(0xffffffffu, bi44, best44 == m44));
  if (lane == 4u && row0 + 44u < p.n) { out[row0 + 44u] = k44; }
  let m45 = subgroupMin(best45);
  let k45 = subgroupMin(select(0xffffffffu, bi45, best45 == m45));
  if (lane == 5u && row0 + 45u < p.n) { out[row0 + 45u] = k45; }
  let m46 = subgroupMin(best46);
  let k46 = subgroupMin(select(0xffffffffu, bi46, best46 == m46));
  if (lane == 6u && row0 + 46u < p.n) { out[row0 + 46u] = k46; }
  let m47 = subgroupMin(best47);
  let k47 = subgroupMin(select(0xffffffffu, bi47, best47 == m47));
  if (lane == 7u && row0 + 47u < p.n) { out[row0 + 47u] = k47; }
  let m48 = subgroupMin(best48);
  let k48 = subgroupMin(select(0xffffffffu, bi48, best48 == m48));
  if (lane == 0u && row0 + 48u < p.n) { out[row0 + 48u] = k48; }
  let m49 = subgroupMin(best49);
  let k49 = subgroupMin(select(0xffffffffu, bi49, best49 == m49));
  if (lane == 1u && row0 + 49u < p.n) { out[row0 + 49u] = k49; }
  let m50 = subgroupMin(best50);
  let k50 = subgroupMin(select(0xffffffffu, bi50, best50 == m50));
  if (lane == 2u && row0 + 50u < p.n) { out[row0 + 50u] = k50; }
  let m51 = subgroupMin(best51);
  let k51 = subgroupMin(select(0xffffffffu, bi51, best51 == m51));
  if (lane == 3u && row0 + 51u < p.n) { out[row0 + 51u] = k51; }
  let m52 = subgroupMin(best52);
  let k52 = subgroupMin(select(0xffffffffu, bi52, best52 == m52));
  if (lane == 4u && row0 + 52u < p.n) { out[row0 + 52u] = k52; }
  let m53 = subgroupMin(best53);
  let k53 = subgroupMin(select(0xffffffffu, bi53, best53 == m53));
  if (lane == 5u && row0 + 53u < p.n) { out[row0 + 53u] = k53; }
  let m54 = subgroupMin(best54);
  let k54 = subgroupMin(select(0xffffffffu, bi54, best54 == m54));
  if (lane == 6u && row0 + 54u < p.n) { out[row0 + 54u] = k54; }
  let m55 = subgroupMin(best55);
  let k55 = subgroupMin(select(0xffffffffu, bi55, best55 == m55));
  if (lane == 7u && row0 + 55u < p.n) { out[row0 + 55u] = k55; }
  let m56 = subgroupMin(best56);
  let k56 = subgroupMin(select(0xffffffffu, bi56, best56 == m56));
  if (lane == 0u && row0 + 56u < p.n) { out[row0 + 56u] = k56; }
  let m57 = subgroupMin(best57);
  let k57 = subgroupMin(select(0xffffffffu, bi57, best57 == m57));
  if (lane == 1u && row0 + 57u < p.n) { out[row0 + 57u] = k57; }
  let m58 = subgroupMin(best58);
  let k58 = subgroupMin(select(0xffffffffu, bi58, best58 == m58));
  if (lane == 2u && row0 + 58u < p.n) { out[row0 + 58u] = k58; }
  let m59 = subgroupMin(best59);
  let k59 = subgroupMin(select(0xffffffffu, bi59, best59 == m59));
  if (lane == 3u && row0 + 59u < p.n) { out[row0 + 59u] = k59; }
  let m60 = subgroupMin(best60);
  let k60 = subgroupMin(select(0xffffffffu, bi60, best60 == m60));
  if (lane == 4u && row0 + 60u < p.n) { out[row0 + 60u] = k60; }
  let m61 = subgroupMin(best61);
  let k61 = subgroupMin(select(0xffffffffu, bi61, best61 == m61));
  if (lane == 5u && row0 + 61u < p.n) { out[row0 + 61u] = k61; }
  let m62 = subgroupMin(best62);
  let k62 = subgroupMin(select(0xffffffffu, bi62, best62 == m62));
  if (lane == 6u && row0 + 62u < p.n) { out[row0 + 62u] = k62; }
  let m63 = subgroupMin(best63);
  let k63 = subgroupMin(select(0xffffffffu, bi63, best63 == m63));
  if (lane == 7u && row0 + 63u < p.n) { out[row0 + 63u] = k63; }
}
