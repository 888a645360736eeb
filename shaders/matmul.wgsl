// Batched matrix multiply C[b] = op(A[b]) · op(B[b]), op = identity or transpose.
// Placeholder kernel: 4x4 outputs per invocation, 8x8 invocations per workgroup.

struct MatmulParams {
    m: u32, n: u32, k: u32, batch: u32,
    stride_a: u32, stride_b: u32, stride_c: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> c: array<f32>;
override TRANS_A: bool = false;
override TRANS_B: bool = false;

fn load_a(base: u32, row: u32, col: u32) -> f32 {
    if (row >= p.m || col >= p.k) { return 0.0; }
    if (TRANS_A) { return a[base + col * p.m + row]; }
    return a[base + row * p.k + col];
}
fn load_b(base: u32, row: u32, col: u32) -> f32 {
    if (row >= p.k || col >= p.n) { return 0.0; }
    if (TRANS_B) { return b[base + col * p.k + row]; }
    return b[base + row * p.n + col];
}

@compute @workgroup_size(8, 8, 1)
fn matmul(@builtin(global_invocation_id) gid: vec3<u32>) {
    let row0 = gid.y * 4u;
    let col0 = gid.x * 4u;
    let bt = gid.z;
    if (row0 >= p.m || col0 >= p.n) { return; }
    let base_a = bt * p.stride_a;
    let base_b = bt * p.stride_b;
    var acc: array<vec4<f32>, 4>;
    for (var kk = 0u; kk < p.k; kk++) {
        let bv = vec4<f32>(load_b(base_b, kk, col0), load_b(base_b, kk, col0 + 1u),
                           load_b(base_b, kk, col0 + 2u), load_b(base_b, kk, col0 + 3u));
        for (var r = 0u; r < 4u; r++) {
            acc[r] += load_a(base_a, row0 + r, kk) * bv;
        }
    }
    let base_c = bt * p.stride_c;
    for (var r = 0u; r < 4u; r++) {
        let row = row0 + r;
        if (row < p.m) {
            for (var j = 0u; j < 4u; j++) {
                if (col0 + j < p.n) { c[base_c + row * p.n + col0 + j] = acc[r][j]; }
            }
        }
    }
}
