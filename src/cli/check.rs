use super::DeviceArgs;
use wgtrain::check;

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Only this kernel family (see the list with --list).
    #[arg(long)]
    kernel: Option<String>,
    /// Seed of the random shapes and data (representative and awkward shapes always run).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Print one JSON object per comparison instead of the table.
    #[arg(long)]
    json: bool,
    /// List the kernel names and exit.
    #[arg(long)]
    list: bool,
    /// Renumber the invocations of the kernels that share workgroup memory (the GPU tilings
    /// of matmul, conv and codebook; the tree reductions of reduce, sum_keep_middle, softmax
    /// and cross_entropy; the register-tile codebook search's merge): 0 as launched, 1
    /// reversed, 2 each run of 8 invocations spread across the workgroup, 3 both. Every row
    /// must still pass: a kernel that fails under another order has a race that this
    /// adapter's own scheduling hid.
    #[arg(long, default_value_t = 0, value_name = "0-3", value_parser = clap::value_parser!(u32).range(0..4))]
    lane_order: u32,
}

pub fn run(dev: &DeviceArgs, args: &CheckArgs) -> anyhow::Result<()> {
    if args.list {
        println!("{}", check::kernel_names().join("\n"));
        return Ok(());
    }
    if let Some(k) = &args.kernel {
        if !check::kernel_names().contains(&k.as_str()) {
            anyhow::bail!(
                "unknown kernel '{k}'; choose from: {}",
                check::kernel_names().join(", ")
            );
        }
    }
    let gpu = dev.open()?;
    gpu.set_lane_order(args.lane_order)?; // within 0-3: clap checked it
    eprintln!(
        "checking kernels on {} ({:?}){}",
        gpu.info().name,
        gpu.info().backend,
        match args.lane_order {
            0 => String::new(),
            o => format!(
                ", workgroup invocations {}",
                wgtrain::kernels::LANE_ORDERS[o as usize]
            ),
        }
    );
    let rows = check::run(&gpu, args.kernel.as_deref(), args.seed)?;
    let failed = rows.iter().filter(|r| !r.pass).count();
    let not_run = check::variants_not_run(&gpu);
    if args.json {
        for r in &rows {
            println!("{}", serde_json::to_string(r)?);
        }
        for (kernel, reason) in &not_run {
            println!(
                "{}",
                serde_json::json!({ "kernel": kernel, "not_run": reason })
            );
        }
    } else {
        println!(
            "{:<28} {:<34} {:>11} {:>11} {:>11} {:>11}  result",
            "kernel", "shape", "max abs err", "rel err", "scaled err", "bound"
        );
        for r in &rows {
            println!(
                "{:<28} {:<34} {:>11.3e} {:>11.3e} {:>11.3e} {:>11.3e}  {}",
                r.kernel,
                r.shape,
                r.max_abs_err,
                r.rel_err,
                r.scaled_err,
                r.bound,
                if r.pass { "pass" } else { "FAIL" }
            );
        }
        if !not_run.is_empty() {
            println!("\nvariants this adapter cannot run (not checked here):");
            for (kernel, reason) in &not_run {
                println!("{kernel:<40} {reason}");
            }
        }
        println!("\n{} passed, {} failed", rows.len() - failed, failed);
    }
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}
