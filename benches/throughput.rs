//! `cargo bench`: the same workloads and numbers as `wgtrain bench` (median of timed iterations
//! after warm-up, cold first run separately), on the adapter chosen by WGPU_BACKEND /
//! WGPU_ADAPTER_NAME.

fn main() -> wgtrain::Result<()> {
    let gpu = wgtrain::Gpu::from_env()?;
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let opts = wgtrain::bench::BenchOptions {
        only,
        ..Default::default()
    };
    eprintln!("adapter: {} ({:?})", gpu.info().name, gpu.info().backend);
    wgtrain::bench::run(&gpu, &opts, |r| {
        println!("{}", serde_json::to_string(r).unwrap_or_default());
    })?;
    Ok(())
}
