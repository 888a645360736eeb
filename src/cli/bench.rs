use super::DeviceArgs;
use wgtrain::bench::{self, BenchOptions};

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Print JSON lines in the peer harness's format (../shared/peers/make_table.py reads them).
    #[arg(long)]
    json: bool,
    /// Only these workloads, comma-separated (see --list).
    #[arg(long)]
    only: Option<String>,
    /// Timed iterations per workload (the median is reported).
    #[arg(long, default_value_t = 10)]
    iters: usize,
    /// Untimed iterations after the cold first one.
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// List the workloads and exit.
    #[arg(long)]
    list: bool,
    /// Also print each workload's GPU time by op (needs timestamp queries).
    #[arg(long)]
    profile: bool,
    /// Also time every kernel variant this adapter can run for each workload: after the
    /// `auto` row, one row per variant of each kernel family (matmul, conv, codebook) the
    /// workload uses, forced; `*` marks the variant auto ran.
    #[arg(long)]
    variants: bool,
}

pub fn run(dev: &DeviceArgs, args: &BenchArgs) -> anyhow::Result<()> {
    if args.list {
        println!("{}", bench::WORKLOADS.join("\n"));
        return Ok(());
    }
    let gpu = dev.open()?;
    let info = gpu.info();
    eprintln!(
        "benchmarking on {} ({:?}, {} {})",
        info.name, info.backend, info.driver, info.driver_info
    );
    if !args.json {
        println!(
            "{:<26} {:<26} {:>10} {:>10} {:>10} {:>9} {:>8} {:>6} {:>9} {:>9} {:>7} {:>10} {:>6}",
            "workload",
            "variant",
            "median ms",
            "first ms",
            "gpu ms",
            "host ms",
            "launches",
            "syncs",
            "GFLOP/s",
            "GB/s",
            "% peak",
            "items/s",
            "iters"
        );
    }
    let opts = BenchOptions {
        iters: args.iters,
        warmup: args.warmup,
        only: args.only.clone(),
        variants: args.variants,
    };
    let fmt =
        |v: Option<f64>, p: usize| v.map(|x| format!("{x:.p$}")).unwrap_or_else(|| "-".into());
    bench::run(&gpu, &opts, |r| {
        if args.json {
            println!("{}", serde_json::to_string(r).unwrap_or_default());
        } else {
            let variant = match r.auto_pick {
                Some(true) => format!("{} *", r.variant),
                _ => r.variant.clone(),
            };
            println!(
                "{:<26} {:<26} {:>10.2} {:>10.1} {:>10} {:>9} {:>8.0} {:>6.0} {:>9} {:>9} {:>7} {:>10} {:>6}",
                r.workload,
                variant,
                r.median_ms,
                r.first_ms,
                fmt(r.gpu_ms, 2),
                fmt(r.host_ms, 2),
                r.dispatches,
                r.submits,
                fmt(r.gflops, 1),
                fmt(r.gbps, 2),
                fmt(r.pct_of_peak, 1),
                fmt(r.items_per_s, 0),
                r.iters
            );
            if args.profile {
                for (op, ms) in r.gpu_ms_by_op.iter().take(10) {
                    println!("    {op:<24} {ms:>9.3} ms");
                }
            }
        }
    })?;
    Ok(())
}
