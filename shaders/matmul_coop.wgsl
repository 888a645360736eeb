// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `python3 tools/gen_matmul.py`.
// Matmul on cooperative matrices (tensor cores; wgpu's experimental cooperative-matrix
// extension): f16 operands, f32 accumulation and result; C[b] = op(A[b]) . op(B[b]) with the
// other matmul kernels' parameter block, any shape.
//
// One workgroup is one subgroup (WG = the adapter's subgroup width: a cooperative matrix
// belongs to a subgroup) and computes a 2S x 2S block of C as four S x S accumulators. Each K
// step of S stages the block's A rows (2S x S) and B columns (S x 2S) in workgroup memory, zero
// past the edges and transposed as TRANS_A / TRANS_B say, so the cooperative loads read fixed
// strides (naga 30 writes no SPIR-V for a cooperative load whose stride is a runtime value) and
// never leave the operands. The block goes out through workgroup memory too, stored where it is
// inside C. Every barrier and cooperative operation is in uniform control flow.
enable f16;
enable wgpu_cooperative_matrix;

struct MatmulParams {
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // unused: the epilogue runs as separate kernels
  _p0: u32, _p1: u32, _p2: u32,
}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> ma: array<f16>;
@group(0) @binding(2) var<storage, read> mb: array<f16>;
@group(0) @binding(3) var<storage, read_write> mc: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;
override WG: u32 = 32u;

var<workgroup> coop16_a: array<f16, 512>;   // A block [32 rows, 16 k], row-major
var<workgroup> coop16_b: array<f16, 512>;   // B block [16 k, 32 cols], row-major
var<workgroup> coop16_c: array<f32, 1024>;   // C block [32, 32], row-major

@compute @workgroup_size(WG)
fn matmul_coop16(@builtin(workgroup_id) wid: vec3<u32>,
                  @builtin(local_invocation_index) lid: u32) {
  let ao = wid.z * p.stride_a;
  let bo = wid.z * p.stride_b;
  let co = wid.z * p.stride_c;
  let r0 = wid.y * 32u;
  let c0 = wid.x * 32u;
  var acc00 = coop_mat16x16<f32, C>();
  var acc01 = coop_mat16x16<f32, C>();
  var acc10 = coop_mat16x16<f32, C>();
  var acc11 = coop_mat16x16<f32, C>();
  for (var k0 = 0u; k0 < p.k; k0 += 16u) {
    for (var i = lid; i < 512u; i += WG) {
      let r = r0 + i / 16u;
      let kk = k0 + i % 16u;
      var v = f16(0.0);
      if (r < p.m && kk < p.k) {
        if (TRANS_A) {
          v = ma[ao + kk * p.m + r];
        } else {
          v = ma[ao + r * p.k + kk];
        }
      }
      coop16_a[i] = v;
    }
    for (var i = lid; i < 512u; i += WG) {
      let kk = k0 + i / 32u;
      let c = c0 + i % 32u;
      var v = f16(0.0);
      if (kk < p.k && c < p.n) {
        if (TRANS_B) {
          v = mb[bo + c * p.k + kk];
        } else {
          v = mb[bo + kk * p.n + c];
        }
      }
      coop16_b[i] = v;
    }
    workgroupBarrier();
    let a0 = coopLoadT<coop_mat16x16<f16, A>>(&coop16_a[0], 16u);
    let a1 = coopLoadT<coop_mat16x16<f16, A>>(&coop16_a[256], 16u);
    let b0 = coopLoadT<coop_mat16x16<f16, B>>(&coop16_b[0], 32u);
    let b1 = coopLoadT<coop_mat16x16<f16, B>>(&coop16_b[16], 32u);
    acc00 = coopMultiplyAdd(a0, b0, acc00);
    acc01 = coopMultiplyAdd(a0, b1, acc01);
    acc10 = coopMultiplyAdd(a1, b0, acc10);
    acc11 = coopMultiplyAdd(a1, b1, acc11);
    workgroupBarrier();
  }
  coopStoreT(acc00, &coop16_c[0], 32u);
  coopStoreT(acc01, &coop16_c[16], 32u);
  coopStoreT(acc10, &coop16_c[512], 32u);
  coopStoreT(acc11, &coop16_c[528], 32u);
  workgroupBarrier();
  for (var i = lid; i < 1024u; i += WG) {
    let r = r0 + i / 32u;
    let c = c0 + i % 32u;
    if (r < p.m && c < p.n) {
      mc[co + r * p.n + c] = coop16_c[i];
    }
  }
}

var<workgroup> coop8_a: array<f16, 128>;   // A block [16 rows, 8 k], row-major
var<workgroup> coop8_b: array<f16, 128>;   // B block [8 k, 16 cols], row-major
var<workgroup> coop8_c: array<f32, 256>;   // C block [16, 16], row-major

@compute @workgroup_size(WG)
fn matmul_coop8(@builtin(workgroup_id) wid: vec3<u32>,
                  @builtin(local_invocation_index) lid: u32) {
  let ao = wid.z * p.stride_a;
  let bo = wid.z * p.stride_b;
  let co = wid.z * p.stride_c;
  let r0 = wid.y * 16u;
  let c0 = wid.x * 16u;
  var acc00 = coop_mat8x8<f32, C>();
  var acc01 = coop_mat8x8<f32, C>();
  var acc10 = coop_mat8x8<f32, C>();
  var acc11 = coop_mat8x8<f32, C>();
  for (var k0 = 0u; k0 < p.k; k0 += 8u) {
    for (var i = lid; i < 128u; i += WG) {
      let r = r0 + i / 8u;
      let kk = k0 + i % 8u;
      var v = f16(0.0);
      if (r < p.m && kk < p.k) {
        if (TRANS_A) {
          v = ma[ao + kk * p.m + r];
        } else {
          v = ma[ao + r * p.k + kk];
        }
      }
      coop8_a[i] = v;
    }
    for (var i = lid; i < 128u; i += WG) {
      let kk = k0 + i / 16u;
      let c = c0 + i % 16u;
      var v = f16(0.0);
      if (kk < p.k && c < p.n) {
        if (TRANS_B) {
          v = mb[bo + c * p.k + kk];
        } else {
          v = mb[bo + kk * p.n + c];
        }
      }
      coop8_b[i] = v;
    }
    workgroupBarrier();
    let a0 = coopLoadT<coop_mat8x8<f16, A>>(&coop8_a[0], 8u);
    let a1 = coopLoadT<coop_mat8x8<f16, A>>(&coop8_a[64], 8u);
    let b0 = coopLoadT<coop_mat8x8<f16, B>>(&coop8_b[0], 16u);
    let b1 = coopLoadT<coop_mat8x8<f16, B>>(&coop8_b[8], 16u);
    acc00 = coopMultiplyAdd(a0, b0, acc00);
    acc01 = coopMultiplyAdd(a0, b1, acc01);
    acc10 = coopMultiplyAdd(a1, b0, acc10);
    acc11 = coopMultiplyAdd(a1, b1, acc11);
    workgroupBarrier();
  }
  coopStoreT(acc00, &coop8_c[0], 16u);
  coopStoreT(acc01, &coop8_c[8], 16u);
  coopStoreT(acc10, &coop8_c[128], 16u);
  coopStoreT(acc11, &coop8_c[136], 16u);
  workgroupBarrier();
  for (var i = lid; i < 256u; i += WG) {
    let r = r0 + i / 16u;
    let c = c0 + i % 16u;
    if (r < p.m && c < p.n) {
      mc[co + r * p.n + c] = coop8_c[i];
    }
  }
}
