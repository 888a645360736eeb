// LayerNorm over the last axis (PyTorch semantics: biased variance, eps inside the root):
//   xhat = (x − mean) / sqrt(var + eps),  y = xhat ⊙ gamma + beta
// One invocation per row, two passes over it for the statistics (mean first, then the
// squared deviations: no cancellation). The backward of the input, per row:
//   dx = rstd · (gg − mean(gg) − xhat · mean(gg ⊙ xhat)),  gg = dy ⊙ gamma
// gamma's and beta's gradients are column sums done by the reduce kernels.

struct Params {
    rows: u32,
    dim: u32,
    eps: f32,
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;            // [rows, dim]
@group(0) @binding(2) var<storage, read> gamma: array<f32>;        // [dim]
@group(0) @binding(3) var<storage, read> beta: array<f32>;         // [dim]
@group(0) @binding(4) var<storage, read_write> y: array<f32>;      // [rows, dim]
@group(0) @binding(5) var<storage, read_write> xhat: array<f32>;   // [rows, dim]
@group(0) @binding(6) var<storage, read_write> rstd: array<f32>;   // [rows]
@group(0) @binding(7) var<storage, read> dy: array<f32>;           // [rows, dim]
@group(0) @binding(8) var<storage, read> xhat_in: array<f32>;      // [rows, dim]
@group(0) @binding(9) var<storage, read> rstd_in: array<f32>;      // [rows]
@group(0) @binding(10) var<storage, read_write> dx: array<f32>;    // [rows, dim]

@compute @workgroup_size(64)
fn layer_norm_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let r = gid.x + gid.y * nwg.x * 64u;
    if (r >= p.rows) { return; }
    let base = r * p.dim;
    var s = 0.0;
    for (var j = 0u; j < p.dim; j++) { s += x[base + j]; }
    let mean = s / f32(p.dim);
    var v = 0.0;
    for (var j = 0u; j < p.dim; j++) {
        let d = x[base + j] - mean;
        v += d * d;
    }
    let rs = 1.0 / sqrt(v / f32(p.dim) + p.eps);
    rstd[r] = rs;
    for (var j = 0u; j < p.dim; j++) {
        let h = (x[base + j] - mean) * rs;
        xhat[base + j] = h;
        y[base + j] = h * gamma[j] + beta[j];
    }
}

@compute @workgroup_size(64)
fn layer_norm_backward_input(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let r = gid.x + gid.y * nwg.x * 64u;
    if (r >= p.rows) { return; }
    let base = r * p.dim;
    var sg = 0.0;
    var sgx = 0.0;
    for (var j = 0u; j < p.dim; j++) {
        let gg = dy[base + j] * gamma[j];
        sg += gg;
        sgx += gg * xhat_in[base + j];
    }
    let n = f32(p.dim);
    let mg = sg / n;
    let mgx = sgx / n;
    let rs = rstd_in[r];
    for (var j = 0u; j < p.dim; j++) {
        let gg = dy[base + j] * gamma[j];
        dx[base + j] = rs * (gg - mg - xhat_in[base + j] * mgx);
    }
}
