// Vector quantisation helpers. The nearest-code search is a matmul (x · Eᵀ, done by the
// matmul kernels on a chunk of queries) followed by `nearest_from_dots`, which turns each row
// of dot products into squared distances ‖x‖² + ‖e‖² − 2 x·e (the seed's formula) and keeps
// the first minimum. Only a chunk of the N×K distance matrix ever exists.

struct Params {
    rows: u32,   // queries in this chunk
    codes: u32,  // K
    dim: u32,    // D (gather_rows)
    first: u32,  // index of the chunk's first query in x_norm / out
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> dots: array<f32>;      // [rows, codes]
@group(0) @binding(2) var<storage, read> x_norm: array<f32>;    // [N] squared norms
@group(0) @binding(3) var<storage, read> e_norm: array<f32>;    // [codes] squared norms
@group(0) @binding(4) var<storage, read_write> out: array<u32>; // [N] code indices
@group(0) @binding(5) var<storage, read> table: array<f32>;     // gather_rows: [codes, dim]
@group(0) @binding(6) var<storage, read> index: array<u32>;     // gather_rows: [rows]
@group(0) @binding(7) var<storage, read_write> rows_out: array<f32>;

@compute @workgroup_size(64)
fn nearest_from_dots(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let r = gid.x + gid.y * nwg.x * 64u;
    if (r >= p.rows) { return; }
    let xn = x_norm[p.first + r];
    var best = 3.402823e38;
    var best_k = 0u;
    let base = r * p.codes;
    for (var k = 0u; k < p.codes; k++) {
        let d = xn + e_norm[k] - 2.0 * dots[base + k];
        if (d < best) { best = d; best_k = k; }   // strict: the first minimum wins ties
    }
    out[p.first + r] = best_k;
}

// rows_out[r, :] = table[index[r], :] (an out-of-range index gives zeros).
@compute @workgroup_size(256)
fn gather_rows(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * 256u;
    if (t >= p.rows * p.dim) { return; }
    let r = t / p.dim;
    let j = t % p.dim;
    let k = index[r];
    var v: f32 = 0.0;
    if (k < p.codes) { v = table[k * p.dim + j]; }
    rows_out[t] = v;
}
