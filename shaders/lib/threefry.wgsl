
// Threefry-2x32 with 20 rounds (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3"):
// the key (k0, k1) is the seed, the counter (c0, c1) the element index + offset and the stream.
// Shared by random.wgsl and attention.wgsl (its dropout), and mirrored by
// kernels::random::cpu::threefry2x32.
fn threefry_rotl(x: u32, r: u32) -> u32 {
    return (x << r) | (x >> (32u - r));
}

fn threefry2x32_keyed(k0: u32, k1: u32, c0: u32, c1: u32) -> vec2<u32> {
    let k2 = 0x1BD11BDAu ^ k0 ^ k1;
    let ks = array<u32, 3>(k0, k1, k2);
    let rot = array<u32, 8>(13u, 15u, 26u, 6u, 17u, 29u, 16u, 24u);
    var x0 = c0 + k0;
    var x1 = c1 + k1;
    for (var i = 0u; i < 5u; i++) {
        for (var j = 0u; j < 4u; j++) {
            x0 += x1;
            x1 = threefry_rotl(x1, rot[(i % 2u) * 4u + j]);
            x1 ^= x0;
        }
        x0 += ks[(i + 1u) % 3u];
        x1 += ks[(i + 2u) % 3u] + i + 1u;
    }
    return vec2<u32>(x0, x1);
}

// 24 high bits to [0, 1).
fn to_unit(x: u32) -> f32 {
    return f32(x >> 8u) * (1.0 / 16777216.0);
}
