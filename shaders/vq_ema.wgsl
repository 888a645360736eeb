// The EMA codebook update of VectorQuantizerEMA (training mode only), without atomics: the
// indices are first bucketed per code in row order (embedding.wgsl's bucket_* kernels), so
// every per-code sum runs in a fixed order and results are bit-identical run to run.
//   counts[k]   = offsets[k+1] − offsets[k] = #{n : idx[n] = k}
//   sums[k]     = Σ_{idx[n]=k} x[n]                     (code_stats: the batch's statistics)
//   cluster     = decay·cluster + (1−decay)·counts;  total = Σ cluster;
//   cluster     = (cluster + eps) / (total + K·eps) · total          (Laplace smoothing)
//   ema_w[k]    = decay·ema_w[k] + (1−decay)·sums[k]
//   codebook[k] = ema_w[k] / cluster[k]
// The statistics live in one buffer (counts, then sums) between the passes, so data-parallel
// training can sum them over its ranks there: every rank then applies the global batch's.

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
@group(0) @binding(3) var<storage, read> offsets: array<u32>;        // [K + 1] bucket offsets
@group(0) @binding(4) var<storage, read> members: array<u32>;        // [N] rows grouped by code
@group(0) @binding(5) var<storage, read_write> cluster: array<f32>;  // [K]
@group(0) @binding(6) var<storage, read> x: array<f32>;              // [N, D]
@group(0) @binding(7) var<storage, read_write> ema_w: array<f32>;    // [K, D]
@group(0) @binding(8) var<storage, read_write> codebook: array<f32>; // [K, D]
@group(0) @binding(9) var<storage, read_write> perplexity: array<f32>; // [1]
@group(0) @binding(10) var<storage, read_write> stats: array<f32>;    // [K] counts, [K, D] sums

// One thread per (code, dim): the sum of that code's inputs in row order.
@compute @workgroup_size(256)
fn code_stats(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * 256u;
    if (t >= p.codes * p.dim) { return; }
    let k = t / p.dim;
    let j = t % p.dim;
    var dw: f32 = 0.0;
    for (var m = offsets[k]; m < offsets[k + 1u]; m++) {
        dw += x[members[m] * p.dim + j];
    }
    stats[p.codes + t] = dw;
}

// One thread per code: its count (a pass of its own: counted inside code_stats, llvmpipe's GL
// read some codes' offsets as 0).
@compute @workgroup_size(64)
fn code_counts(@builtin(global_invocation_id) gid: vec3<u32>) {
    let k = gid.x;
    if (k >= p.codes) { return; }
    stats[k] = f32(offsets[k + 1u] - offsets[k]);
}

// One thread: the cluster-size EMA with Laplace smoothing, and the perplexity of the batch's
// code usage (the counts sum to the batch's rows exactly: integers below 2^24).
@compute @workgroup_size(1)
fn cluster_and_perplexity() {
    var rows: f32 = 0.0;
    for (var k = 0u; k < p.codes; k++) {
        rows += stats[k];
    }
    var total: f32 = 0.0;
    var ent: f32 = 0.0;
    for (var k = 0u; k < p.codes; k++) {
        let count = stats[k];
        let c = p.decay * cluster[k] + p.one_minus_decay * count;
        cluster[k] = c;
        total += c;
        let prob = count / rows;
        ent += prob * log(prob + 1e-10);
    }
    for (var k = 0u; k < p.codes; k++) {
        cluster[k] = (cluster[k] + p.eps) / (total + f32(p.codes) * p.eps) * total;
    }
    perplexity[0] = exp(-ent);
}

// One thread per (code, dim): both EMA writes from the code's sum.
@compute @workgroup_size(256)
fn ema_embed(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * 256u;
    if (t >= p.codes * p.dim) { return; }
    let k = t / p.dim;
    let w = p.decay * ema_w[t] + p.one_minus_decay * stats[p.codes + t];
    ema_w[t] = w;
    codebook[t] = w / cluster[k];
}
