// SGD, one fused pass per parameter tensor, in PyTorch's order of operations:
// d <- g + weight_decay p;
// with momentum: buf <- d on the first step, else momentum buf + (1 - dampening) d;
//                d <- d + momentum buf (Nesterov) or d <- buf;
// p <- p - lr d.
// `sgd_step` is the momentum-free form (no buffer bound); `sgd_momentum_step` the other.

struct Params {
    n: u32,                   // elements
    first: u32,               // 1 on a buffer's first step: it starts as d
    nesterov: u32,
    _pad: u32,
    lr: f32,
    momentum: f32,
    one_minus_dampening: f32, // from the host in f64
    weight_decay: f32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> grad: array<f32>;
@group(0) @binding(2) var<storage, read_write> param: array<f32>;
@group(0) @binding(3) var<storage, read_write> momentum_buffer: array<f32>;

@compute @workgroup_size(256)
fn sgd_step(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    let p0 = param[i];
    let d = grad[i] + p.weight_decay * p0;
    param[i] = p0 - p.lr * d;
}

@compute @workgroup_size(256)
fn sgd_momentum_step(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    let p0 = param[i];
    let d = grad[i] + p.weight_decay * p0;
    var buf = d;
    if (p.first == 0u) {
        buf = p.momentum * momentum_buffer[i] + p.one_minus_dampening * d;
    }
    momentum_buffer[i] = buf;
    var step = buf;
    if (p.nesterov != 0u) {
        step = d + p.momentum * buf;
    }
    param[i] = p0 - p.lr * step;
}
