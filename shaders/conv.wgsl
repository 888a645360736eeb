// Convolution geometry as data movement: im2col unfolds image patches into columns so a
// convolution becomes one (batched) matmul; col2im folds columns back, summing overlaps in a
// fixed order (no atomics), which is both the input gradient of conv2d and the forward pass of
// conv_transpose2d. One thread per output element; grids fold into y.

struct Params {
    n: u32, c: u32, h: u32, w: u32,          // image batch, channels, height, width
    kh: u32, kw: u32, stride: u32, _pad0: u32,
    pad_top: u32, pad_left: u32, ho: u32, wo: u32,   // patch grid (output of the convolution)
    total: u32,                                  // output elements of this dispatch
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read_write> dst: array<f32>;

const WG: u32 = 256u;

// dst[n, (c*kh + i)*kw + j, oy*wo + ox] = src[n, c, oy*s - pt + i, ox*s - pl + j] (0 outside).
// Grid: x over the ho*wo columns (256 per workgroup), y over the c*kh*kw rows, z over n, so a
// thread divides only to split its column (CPU drivers scalarise integer division).
@compute @workgroup_size(256)
fn im2col(@builtin(global_invocation_id) gid: vec3<u32>) {
    let col = gid.x;
    let row = gid.y;
    let n = gid.z;
    let hw = p.ho * p.wo;
    if (col >= hw) { return; }
    let ox = col % p.wo;
    let oy = col / p.wo;
    let j = row % p.kw;
    let i = (row / p.kw) % p.kh;
    let c = row / (p.kw * p.kh);
    // Signed arithmetic: padding makes the top-left patches start above and left of the image.
    let y = i32(oy * p.stride + i) - i32(p.pad_top);
    let x = i32(ox * p.stride + j) - i32(p.pad_left);
    var v: f32 = 0.0;
    if (y >= 0 && x >= 0 && u32(y) < p.h && u32(x) < p.w) {
        v = src[((n * p.c + c) * p.h + u32(y)) * p.w + u32(x)];
    }
    dst[(n * p.c * p.kh * p.kw + row) * hw + col] = v;
}

// dst[n, c, y, x] = sum over the (i, j) whose patch covers (y, x) of src[n, (c*kh+i)*kw+j, oy*wo+ox],
// in order of i then j. Only the taps with (y + pt - i) divisible by the stride can cover the
// pixel, so i (and j) start at that remainder and step by the stride.
// Grid: x over the h*w pixels, y over c, z over n.
@compute @workgroup_size(256)
fn col2im(@builtin(global_invocation_id) gid: vec3<u32>) {
    let pix = gid.x;
    let c = gid.y;
    let n = gid.z;
    if (pix >= p.h * p.w) { return; }
    let x = pix % p.w;
    let y = pix / p.w;
    let hw = p.ho * p.wo;
    let rows = p.c * p.kh * p.kw;
    let yy = y + p.pad_top;
    let xx = x + p.pad_left;
    var acc: f32 = 0.0;
    for (var i = yy % p.stride; i < p.kh && i <= yy; i += p.stride) {
        let oy = (yy - i) / p.stride;
        if (oy >= p.ho) { continue; }
        for (var j = xx % p.stride; j < p.kw && j <= xx; j += p.stride) {
            let ox = (xx - j) / p.stride;
            if (ox >= p.wo) { continue; }
            acc += src[(n * rows + (c * p.kh + i) * p.kw + j) * hw + oy * p.wo + ox];
        }
    }
    dst[((n * p.c + c) * p.h + y) * p.w + x] = acc;
}
