// Embedding backward without float atomics, and the index bucketing it shares with the EMA
// codebook update: a counting pass, a prefix sum and a listing pass that keeps row order put
// the rows of each index together, so every per-row sum runs in a fixed order and results are
// bit-identical run to run.
//   offsets[k] .. offsets[k+1]  = positions in `members` of the rows n with idx[n] = k
//   dweight[k, :] = Σ_{idx[n] = k} grad[n, :]   (in increasing n; indices ≥ K are dropped)

struct Params {
    rows: u32,   // N indices
    codes: u32,  // K rows of the table
    dim: u32,    // D
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> idx: array<u32>;              // [N]
@group(0) @binding(2) var<storage, read_write> counts: array<u32>;     // [K]
@group(0) @binding(3) var<storage, read_write> offsets: array<u32>;    // [K + 1]
@group(0) @binding(4) var<storage, read_write> members: array<u32>;    // [N]
@group(0) @binding(5) var<storage, read> grad: array<f32>;             // [N, D]
@group(0) @binding(6) var<storage, read_write> dweight: array<f32>;    // [K, D]

@compute @workgroup_size(64)
fn bucket_counts(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let k = gid.x + gid.y * nwg.x * 64u;
    if (k >= p.codes) { return; }
    var c = 0u;
    for (var n = 0u; n < p.rows; n++) {
        if (idx[n] == k) { c++; }
    }
    counts[k] = c;
}

// One thread: exclusive prefix sum.
@compute @workgroup_size(1)
fn bucket_offsets() {
    var acc = 0u;
    for (var k = 0u; k < p.codes; k++) {
        offsets[k] = acc;
        acc += counts[k];
    }
    offsets[p.codes] = acc;
}

@compute @workgroup_size(64)
fn bucket_members(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let k = gid.x + gid.y * nwg.x * 64u;
    if (k >= p.codes) { return; }
    var at = offsets[k];
    for (var n = 0u; n < p.rows; n++) {
        if (idx[n] == k) {
            members[at] = n;
            at++;
        }
    }
}

// One thread per (row of the table, dim).
@compute @workgroup_size(256)
fn embedding_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * 256u;
    if (t >= p.codes * p.dim) { return; }
    let k = t / p.dim;
    let j = t % p.dim;
    var s: f32 = 0.0;
    for (var m = offsets[k]; m < offsets[k + 1u]; m++) {
        s += grad[members[m] * p.dim + j];
    }
    dweight[t] = s;
}
