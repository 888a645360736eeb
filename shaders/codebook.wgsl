// Vector quantisation helpers that are not the nearest-code search (that one is generated:
// codebook_nearest.wgsl).

struct Params {
    rows: u32,   // rows to gather
    codes: u32,  // K
    dim: u32,    // D
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(5) var<storage, read> table: array<f32>;     // gather_rows: [codes, dim]
@group(0) @binding(6) var<storage, read> index: array<u32>;     // gather_rows: [rows]
@group(0) @binding(7) var<storage, read_write> rows_out: array<f32>;

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
