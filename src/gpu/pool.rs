//! Buffers recycled by size class, so that a training step allocates nothing after its first
//! run. Classes are 4 per power of two (at most 25 % slack).

use super::Gpu;
use crate::error::Result;
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Default)]
pub(crate) struct BufferPool {
    storage: Mutex<HashMap<u64, Vec<wgpu::Buffer>>>,
    readback: Mutex<HashMap<u64, Vec<wgpu::Buffer>>>,
}

/// A mappable buffer for readback, with its class size.
pub(crate) struct Staging {
    pub buffer: wgpu::Buffer,
    class: u64,
}

/// Round `bytes` up to its size class.
pub(crate) fn size_class(bytes: u64) -> u64 {
    let bytes = bytes.max(16);
    let top = 63 - bytes.leading_zeros() as u64; // floor(log2)
    if top < 4 {
        return 16;
    }
    let step = 1u64 << (top - 2);
    bytes.div_ceil(step) * step
}

impl BufferPool {
    pub fn take(&self, gpu: &Gpu, bytes: u64, op: &str) -> Result<(wgpu::Buffer, u64)> {
        let class = size_class(bytes);
        if let Some(b) = self
            .storage
            .lock()
            .unwrap()
            .get_mut(&class)
            .and_then(|v| v.pop())
        {
            return Ok((b, class));
        }
        let usage = wgpu::BufferUsages::STORAGE
            | wgpu::BufferUsages::COPY_SRC
            | wgpu::BufferUsages::COPY_DST;
        Ok((gpu.create_buffer(class, usage, op)?, class))
    }

    pub fn give(&self, buffer: wgpu::Buffer, class: u64) {
        self.storage
            .lock()
            .unwrap()
            .entry(class)
            .or_default()
            .push(buffer);
    }

    pub fn take_readback(&self, gpu: &Gpu, bytes: u64) -> Result<Staging> {
        let class = size_class(bytes);
        if let Some(buffer) = self
            .readback
            .lock()
            .unwrap()
            .get_mut(&class)
            .and_then(|v| v.pop())
        {
            return Ok(Staging { buffer, class });
        }
        let usage = wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST;
        let buffer = gpu.create_buffer(class, usage, "readback")?;
        Ok(Staging { buffer, class })
    }

    pub fn give_readback(&self, s: Staging) {
        self.readback
            .lock()
            .unwrap()
            .entry(s.class)
            .or_default()
            .push(s.buffer);
    }

    /// Drop every idle buffer (after a phase that will not come back).
    pub fn clear(&self) {
        self.storage.lock().unwrap().clear();
        self.readback.lock().unwrap().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::size_class;

    #[test]
    fn size_classes_cover_and_bound_slack() {
        for bytes in [
            1u64,
            4,
            15,
            16,
            17,
            100,
            1000,
            4096,
            4097,
            1 << 20,
            (1 << 20) + 1,
            123_456_789,
        ] {
            let c = size_class(bytes);
            assert!(c >= bytes, "{bytes} -> {c}");
            assert!(c.is_multiple_of(4));
            assert!(
                bytes < 16 || (c as f64) <= bytes as f64 * 1.25 + 4.0,
                "{bytes} -> {c}"
            );
        }
    }
}
