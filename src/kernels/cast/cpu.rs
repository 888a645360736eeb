//! The twin of the casts: the host's conversions (`gpu::half`), themselves tested against a
//! search over every f16 value.

use crate::gpu::half::{f16_bits_to_f32, f32_to_f16_bits};

/// f32 values to f16 bits (nearest, ties to even).
pub fn f32_to_f16(x: &[f32]) -> Vec<u16> {
    x.iter().map(|&v| f32_to_f16_bits(v)).collect()
}

/// f16 bits to f32 values (exact).
pub fn f16_to_f32(h: &[u16]) -> Vec<f32> {
    h.iter().map(|&b| f16_bits_to_f32(b)).collect()
}
