// The EMA codebook update of VectorQuantizerEMA (spec §1.4 step 4), without atomics:
// indices are bucketed per code by a counting pass, a prefix sum and a listing pass that keeps
// row order, so every per-code sum runs in a fixed order and results are bit-identical run to run.
//   counts[k]   = #{n : idx[n] = k}
//   cluster     = decay·cluster + (1−decay)·counts;  total = Σ cluster;
//   cluster     = (cluster + eps) / (total + K·eps) · total          (Laplace smoothing)
//   ema_w[k]    = decay·ema_w[k] + (1−decay)·Σ_{idx[n]=k} x[n]
//   codebook[k] = ema_w[k] / cluster[k]

struct Params {
    rows: u32,    // N
    codes: u32,   // K
    dim: u32,     // D
    _pad: u32,
    decay: f32,
    one_minus_decay: f32,   // from the host in f64 (1 − 0.99 loses digits in f32)
    eps: f32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> idx: array<u32>;            // [N]
@group(0) @binding(2) var<storage, read_write> counts: array<u32>;   // [K + 1]: counts, then offsets
@group(0) @binding(3) var<storage, read_write> offsets: array<u32>;  // [K + 1]
@group(0) @binding(4) var<storage, read_write> members: array<u32>;  // [N] rows grouped by code
@group(0) @binding(5) var<storage, read_write> cluster: array<f32>;  // [K]
@group(0) @binding(6) var<storage, read> x: array<f32>;              // [N, D]
@group(0) @binding(7) var<storage, read_write> ema_w: array<f32>;    // [K, D]
@group(0) @binding(8) var<storage, read_write> codebook: array<f32>; // [K, D]
@group(0) @binding(9) var<storage, read_write> perplexity: array<f32>; // [1]

@compute @workgroup_size(64)
fn code_counts(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let k = gid.x + gid.y * nwg.x * 64u;
    if (k >= p.codes) { return; }
    var c = 0u;
    for (var n = 0u; n < p.rows; n++) {
        if (idx[n] == k) { c++; }
    }
    counts[k] = c;
}

// One thread: exclusive prefix sum of the counts, the cluster-size EMA with Laplace smoothing,
// and the perplexity of this batch's code usage.
@compute @workgroup_size(1)
fn code_offsets_and_cluster() {
    var acc = 0u;
    for (var k = 0u; k < p.codes; k++) {
        offsets[k] = acc;
        acc += counts[k];
    }
    offsets[p.codes] = acc;
    var total: f32 = 0.0;
    var ent: f32 = 0.0;
    for (var k = 0u; k < p.codes; k++) {
        let c = p.decay * cluster[k] + p.one_minus_decay * f32(counts[k]);
        cluster[k] = c;
        total += c;
        let prob = f32(counts[k]) / f32(p.rows);
        ent += prob * log(prob + 1e-10);
    }
    for (var k = 0u; k < p.codes; k++) {
        cluster[k] = (cluster[k] + p.eps) / (total + f32(p.codes) * p.eps) * total;
    }
    perplexity[0] = exp(-ent);
}

@compute @workgroup_size(64)
fn code_members(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
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

// One thread per (code, dim): the sum of that code's inputs, then both EMA writes.
@compute @workgroup_size(256)
fn ema_embed(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * 256u;
    if (t >= p.codes * p.dim) { return; }
    let k = t / p.dim;
    let j = t % p.dim;
    var dw: f32 = 0.0;
    for (var m = offsets[k]; m < offsets[k + 1u]; m++) {
        dw += x[members[m] * p.dim + j];
    }
    let w = p.decay * ema_w[t] + p.one_minus_decay * dw;
    ema_w[t] = w;
    codebook[t] = w / cluster[k];
}
