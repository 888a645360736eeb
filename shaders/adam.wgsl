// Adam, one fused pass per parameter tensor, in PyTorch's order of operations:
// g <- g + l2 p (Adam's weight_decay; 0 leaves g as is);
// m <- lerp(m, g, 1 - beta1); v <- beta2 v + (1 - beta2) g^2;
// p <- decay p - (lr / bc1) * m / (sqrt(v) / sqrt(bc2) + eps), with bc_i = 1 - beta_i^t and
// decay = 1 - lr wd (AdamW's decoupled weight decay, applied first as PyTorch does; 1 exactly
// for Adam, so p * 1 is p).
// `adam_step_vec4` is the same arithmetic on vec4 views of the same buffers (for sizes that
// are multiples of 4): CPU drivers pay per load instruction, so it moves 4x the data per load.

struct Params {
    n: u32,                // elements (adam_step) or vec4s (adam_step_vec4)
    l2: f32,               // Adam's L2 weight_decay, added to the gradient
    decay: f32,            // AdamW's 1 - lr wd, computed on the host in f64
    _pad2: u32,
    one_minus_beta1: f32,  // 1 - beta1 and 1 - beta2 come from the host in f64: in f32,
    beta2: f32,            // 1 - 0.999 would lose four digits to cancellation
    one_minus_beta2: f32,
    eps: f32,
    step_size: f32,        // lr / bc1, computed on the host in f64
    bc2_sqrt: f32,         // sqrt(bc2), likewise
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> grad: array<f32>;
@group(0) @binding(2) var<storage, read_write> param: array<f32>;
@group(0) @binding(3) var<storage, read_write> exp_avg: array<f32>;
@group(0) @binding(4) var<storage, read_write> exp_avg_sq: array<f32>;
@group(0) @binding(1) var<storage, read> grad4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> param4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> exp_avg4: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> exp_avg_sq4: array<vec4<f32>>;

@compute @workgroup_size(256)
fn adam_step(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    let p0 = param[i];
    let g = grad[i] + p.l2 * p0;
    let m = exp_avg[i] + p.one_minus_beta1 * (g - exp_avg[i]);
    let v = p.beta2 * exp_avg_sq[i] + p.one_minus_beta2 * g * g;
    exp_avg[i] = m;
    exp_avg_sq[i] = v;
    let denom = sqrt(v) / p.bc2_sqrt + p.eps;
    param[i] = p0 * p.decay - p.step_size * (m / denom);
}

@compute @workgroup_size(256)
fn adam_step_vec4(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    let p0 = param4[i];
    let g = grad4[i] + p.l2 * p0;
    let m0 = exp_avg4[i];
    let m = m0 + p.one_minus_beta1 * (g - m0);
    let v = p.beta2 * exp_avg_sq4[i] + p.one_minus_beta2 * g * g;
    exp_avg4[i] = m;
    exp_avg_sq4[i] = v;
    let denom = sqrt(v) / p.bc2_sqrt + p.eps;
    param4[i] = p0 * p.decay - p.step_size * (m / denom);
}
