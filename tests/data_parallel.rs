//! Data-parallel training on MPI (`--features mpi`; CI runs `cargo test --features mpi --test
//! data_parallel` after installing Open MPI): two ranks against one process on the same global
//! batches for the Pokemon VAE, the VQ-VAE (its EMA codebook included), the LSTM prior, the
//! VAE-GAN and the scene models (their steps in both caption modes, and end to end), run-to-run
//! identity at two ranks, resuming with another number of ranks, a batch left out, and the
//! job's bad starts (ranks that disagree, an error on one rank) ending with a message instead
//! of a hang.
//!
//! Tolerance: the two ranks sum the same terms in another order (each rank's part of every
//! gradient and of the EMA's code sums, then the parts in rank order), and the mean losses'
//! gradients are weighted by 1/2 per rank, so each step's gradient differs from one process's
//! by a few f32 roundings (~1e-7 relative). Adam turns a relative change δ of a gradient into
//! about δ of its update, and two epochs of a few steps each then move the losses by about
//! 1e-6 relative (measured: Pokemon VAE 3e-8, LSTM prior 4e-8, VQ-VAE 6e-7). The VAE-GAN's
//! terms are differences of means (W ≈ 0.006 from critic outputs near 1), which multiplies
//! their relative error by about 100: measured 3e-5. The bound, 1e-4, holds them all; an
//! error fails it (the VAE-GAN's weight update averaged over one rank's images only: 2e-4; a
//! rank training on the wrong items or an unsummed gradient: percents).
#![cfg(feature = "mpi")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RELATIVE: f64 = 1e-4;

/// A fresh temporary folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wgtrain-dp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// 64 of the built-in emoji (links into data/emoji40), so an epoch is a few batches.
fn small_data(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/emoji40");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    files.sort();
    for f in files.iter().take(64) {
        std::os::unix::fs::symlink(f, data.join(f.file_name().unwrap())).unwrap();
    }
    data
}

/// Run `cmd` to its end (killed after 5 minutes, which fails the test: a job must never
/// hang); returns the exit code and stderr.
fn finish(mut cmd: Command) -> (i32, String) {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            use std::io::Read;
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            return (status.code().unwrap_or(-1), err);
        }
        if start.elapsed() > Duration::from_secs(300) {
            let _ = child.kill();
            panic!("{cmd:?} still running after 5 minutes: a hang");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `wgtrain args` as one process (no launcher).
fn alone(args: &[&str]) -> (i32, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wgtrain"));
    cmd.args(args);
    finish(cmd)
}

/// `mpirun -np n wgtrain args`.
fn ranks(n: usize, args: &[&str]) -> (i32, String) {
    let mut cmd = mpirun();
    cmd.args(["-np", &n.to_string(), env!("CARGO_BIN_EXE_wgtrain")])
        .args(args);
    finish(cmd)
}

/// `mpirun -np 2` of this test binary running its test `name` alone as each rank (with
/// WGTRAIN_DP_CHILD set, which [`is_rank_of_test`] reads).
fn ranks_of_test(name: &str) -> Command {
    let mut cmd = mpirun();
    cmd.args(["-np", "2"])
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", name, "--nocapture"])
        .env("WGTRAIN_DP_CHILD", "1");
    cmd
}

/// Whether this process is a rank started by [`ranks_of_test`] (a rank's test does nothing
/// in a plain `cargo test`).
fn is_rank_of_test() -> bool {
    std::env::var_os("WGTRAIN_DP_CHILD").is_some()
}

fn mpirun() -> Command {
    let mut cmd = Command::new("mpirun");
    // CI runs as root in a container: Open MPI refuses root without the flag, and the
    // machine has 2 cores for 2 ranks
    cmd.args(["--allow-run-as-root", "--oversubscribe"]);
    cmd
}

/// The metrics CSV's columns named `names`, row by row.
fn columns(csv: &Path, names: &[&str]) -> Vec<Vec<f64>> {
    let text = std::fs::read_to_string(csv).unwrap_or_else(|e| panic!("{}: {e}", csv.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at: Vec<usize> = names
        .iter()
        .map(|n| header.iter().position(|h| h == n).unwrap())
        .collect();
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            at.iter().map(|&i| cells[i].parse().unwrap()).collect()
        })
        .collect()
}

/// TensorBoard event files in `dir` (one writer: one file).
fn event_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("events.out.tfevents.")
        })
        .count()
}

fn assert_close(a: &[Vec<f64>], b: &[Vec<f64>], what: &str) {
    assert_eq!(a.len(), b.len(), "{what}: epochs");
    let mut worst = 0.0f64;
    for (ra, rb) in a.iter().zip(b) {
        for (x, y) in ra.iter().zip(rb) {
            let rel = (x - y).abs() / x.abs().max(1e-12);
            assert!(rel <= RELATIVE, "{what}: {x} vs {y} ({rel:.2e} relative)");
            worst = worst.max(rel);
        }
    }
    eprintln!("{what}: at most {worst:.1e} relative");
}

/// Every tensor of a checkpoint, by name.
fn tensors(path: &Path) -> Vec<(String, Vec<f32>)> {
    let (ts, _) = wgtrain::io::checkpoint::load(path).unwrap();
    ts.into_iter().map(|t| (t.name, t.data)).collect()
}

fn pokemon_args<'a>(data: &'a str, out: &'a str, seed: &'a str) -> Vec<&'a str> {
    vec![
        "pokemon-vae",
        "train",
        "--quiet",
        "--data",
        data,
        "--output-dir",
        out,
        "--hidden-size",
        "32",
        "--latent-size",
        "4",
        "--batch-size",
        "8",
        "--epochs",
        "2",
        "--warmup-epochs",
        "0",
        "--save-period",
        "1",
        "--lr",
        "1e-3",
        "--seed",
        seed,
    ]
}

fn pokemon_run_dir(out: &Path) -> PathBuf {
    PathBuf::from(format!("{}_lr0.001_epoch2_latent4_hidden32", out.display()))
}

#[test]
fn two_ranks_train_the_pokemon_vae_as_one_process_does_and_the_same_every_time() {
    let dir = scratch("pokemon");
    let data = small_data(&dir);
    let data = data.to_str().unwrap();
    let (one, two, again) = (dir.join("one"), dir.join("two"), dir.join("again"));

    let (code, err) = alone(&pokemon_args(data, one.to_str().unwrap(), "5"));
    assert_eq!(code, 0, "{err}");
    // a build with MPI started without a launcher says it trains as one rank
    assert!(err.contains("not started by mpirun"), "{err}");
    let (code, err) = ranks(2, &pokemon_args(data, two.to_str().unwrap(), "5"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("data-parallel: 2 ranks"), "{err}");
    // rank 0 alone logs: each line once
    assert_eq!(err.matches("data-parallel: 2 ranks").count(), 1, "{err}");

    let cols = ["loss", "reconstruct_loss", "kl_divergence", "val_loss"];
    let (r1, r2) = (pokemon_run_dir(&one), pokemon_run_dir(&two));
    let (m1, m2) = (
        columns(&r1.join("metrics.csv"), &cols),
        columns(&r2.join("metrics.csv"), &cols),
    );
    assert_close(&m1, &m2, "Pokemon VAE, 1 process vs 2 ranks");
    // one writer: one TensorBoard file, the checkpoints of both epochs
    let events = event_files(&r2);
    assert_eq!(events, 1);
    let (w1, w2) = (
        tensors(&r1.join("checkpoint_1.safetensors")),
        tensors(&r2.join("checkpoint_1.safetensors")),
    );
    for ((n1, a), (n2, b)) in w1.iter().zip(&w2) {
        assert_eq!(n1, n2);
        let scale = a.iter().fold(0f32, |m, v| m.max(v.abs())).max(1e-6);
        let diff = a.iter().zip(b).fold(0f32, |m, (x, y)| m.max((x - y).abs()));
        assert!(diff / scale <= 1e-3, "{n1}: {diff} of {scale}");
    }

    // two ranks again: the same, bit for bit
    let (code, err) = ranks(2, &pokemon_args(data, again.to_str().unwrap(), "5"));
    assert_eq!(code, 0, "{err}");
    let r3 = pokemon_run_dir(&again);
    assert_eq!(m2, columns(&r3.join("metrics.csv"), &cols));
    assert_eq!(w2, tensors(&r3.join("checkpoint_1.safetensors")));

    // an error on one rank (rank 0 refuses the earlier run's folder; rank 1 would wait for it
    // in the first gradient sum) ends the job, naming the rank, instead of hanging
    let (code, err) = ranks(2, &pokemon_args(data, two.to_str().unwrap(), "5"));
    assert_ne!(code, 0);
    assert!(
        err.contains("error on rank 0 of 2") && err.contains("--overwrite"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ranks_that_disagree_on_the_settings_are_refused_before_anything_is_written() {
    let dir = scratch("disagree");
    let data = small_data(&dir);
    let out = dir.join("run");
    let a = pokemon_args(data.to_str().unwrap(), out.to_str().unwrap(), "5");
    let b = pokemon_args(data.to_str().unwrap(), out.to_str().unwrap(), "6");
    // MPMD: rank 0 runs `a`, rank 1 runs `b`
    let mut cmd = mpirun();
    cmd.args(["-np", "1", env!("CARGO_BIN_EXE_wgtrain")])
        .args(&a)
        .arg(":")
        .args(["-np", "1", env!("CARGO_BIN_EXE_wgtrain")])
        .args(&b);
    let (code, err) = finish(cmd);
    assert_ne!(code, 0);
    assert!(
        err.contains("rank 1 disagrees with rank 0 on the settings"),
        "{err}"
    );
    assert!(!pokemon_run_dir(&out).exists(), "a refused job wrote files");
    // a batch smaller than the ranks is refused as early
    let mut one = a.clone();
    let at = one.iter().position(|x| *x == "--batch-size").unwrap();
    one[at + 1] = "1";
    let (code, err) = ranks(2, &one);
    assert_ne!(code, 0);
    assert!(
        err.contains("a batch of 1 cannot be split over 2 ranks"),
        "{err}"
    );
    assert!(!pokemon_run_dir(&out).exists(), "a refused job wrote files");
    let _ = std::fs::remove_dir_all(&dir);
}

fn vqvae_config(dir: &Path, data: &Path) -> PathBuf {
    let tiny = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/configs/vqvae_tiny.toml"
    ))
    .unwrap();
    let task = dir.join("task");
    let config = tiny
        .replace(
            "task_name = \"runs/vqvae_tiny\"",
            &format!("task_name = {:?}", task.to_str().unwrap()),
        )
        .replace(
            "data = \"data/emoji40\"",
            &format!("data = {:?}", data.to_str().unwrap()),
        );
    let path = dir.join("tiny.toml");
    std::fs::write(&path, config).unwrap();
    path
}

#[test]
fn two_ranks_train_the_vqvae_and_its_ema_codebook_as_one_process_does() {
    let dir = scratch("vqvae");
    let data = small_data(&dir);
    let run = |name: &str, n: usize, extra: &[&str]| {
        let sub = dir.join(name);
        std::fs::create_dir_all(&sub).unwrap();
        let config = vqvae_config(&sub, &data);
        let mut args = vec![
            "vqvae",
            "train",
            "--quiet",
            "--config",
            config.to_str().unwrap(),
        ];
        args.extend(extra);
        let (code, err) = if n == 1 {
            alone(&args)
        } else {
            ranks(n, &args)
        };
        assert_eq!(code, 0, "{name}: {err}");
        sub.join("task")
    };
    let cols = ["total_loss", "recon_loss", "vq_loss", "perplexity"];
    let one = run("one", 1, &[]);
    let two = run("two", 2, &[]);
    let (m1, m2) = (
        columns(&one.join("metrics.csv"), &cols),
        columns(&two.join("metrics.csv"), &cols),
    );
    assert_close(&m1, &m2, "VQ-VAE, 1 process vs 2 ranks");
    let ckpt = "best_vqvae_tiny.safetensors";
    let (w1, w2) = (tensors(&one.join(ckpt)), tensors(&two.join(ckpt)));
    let codebook = |w: &[(String, Vec<f32>)], key: &str| {
        w.iter()
            .find(|(n, _)| n == key)
            .unwrap_or_else(|| panic!("{key}"))
            .1
            .clone()
    };
    for key in ["vq.embedding.weight", "vq.ema_cluster_size"] {
        let (a, b) = (codebook(&w1, key), codebook(&w2, key));
        let scale = a.iter().fold(0f32, |m, v| m.max(v.abs()));
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() <= 1e-3 * scale, "{key}: {x} vs {y}");
        }
    }
    // and the same again at two ranks, bit for bit
    let again = run("again", 2, &[]);
    assert_eq!(m2, columns(&again.join("metrics.csv"), &cols));
    assert_eq!(w2, tensors(&again.join(ckpt)));

    // resume with another number of ranks: 1 epoch on 2 ranks, the 2nd on one process, is
    // the uninterrupted one-process run's 2nd epoch
    let split = run("split", 2, &["--epochs", "1"]);
    let config = dir.join("split").join("tiny.toml");
    let (code, err) = alone(&[
        "vqvae",
        "train",
        "--quiet",
        "--config",
        config.to_str().unwrap(),
        "--resume",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_close(
        &m1,
        &columns(&split.join("metrics.csv"), &cols),
        "VQ-VAE, 2 ranks then resumed on 1 vs 1 process",
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A tiny ImageFolder (one class) of 16 emoji for the VAE-GAN.
fn image_folder(dir: &Path) -> PathBuf {
    let root = dir.join("folder");
    let class = root.join("emoji");
    std::fs::create_dir_all(&class).unwrap();
    for e in std::fs::read_dir(small_data(dir)).unwrap().take(16) {
        let p = e.unwrap().path();
        std::fs::copy(&p, class.join(p.file_name().unwrap())).unwrap();
    }
    root
}

/// The VAE-GAN at 16×16 on `data`, 3 frames, writing `out`.
fn vaegan_args<'a>(data: &'a Path, out: &'a Path, batch: &'a str, epochs: &'a str) -> Vec<&'a str> {
    vec![
        "vaegan",
        "train",
        "--quiet",
        "--data",
        data.to_str().unwrap(),
        "--output-dir",
        out.to_str().unwrap(),
        "--image-size",
        "16",
        "--batch-size",
        batch,
        "--frames",
        "3",
        "--epochs",
        epochs,
    ]
}

#[test]
fn two_ranks_train_the_vaegan_as_one_process_does_in_both_weight_predictor_modes() {
    let dir = scratch("vaegan");
    let data = image_folder(&dir);
    let cols = ["loss_d", "loss_g", "wasserstein", "gp"];
    for mode in ["hyper", "faithful"] {
        let run = |n: usize| {
            let out = dir.join(format!("{mode}-{n}"));
            // 16 images: batches of 6, 6 and 4, split 3+3 and 2+2
            let mut args = vaegan_args(&data, &out, "6", "2");
            args.extend(["--weight-predictor", mode]);
            let (code, err) = if n == 1 {
                alone(&args)
            } else {
                ranks(n, &args)
            };
            assert_eq!(code, 0, "{mode} {n}: {err}");
            columns(&out.join("metrics.csv"), &cols)
        };
        assert_close(
            &run(1),
            &run(2),
            &format!("VAE-GAN ({mode}), 1 process vs 2 ranks"),
        );
    }
    // batches of 5 leave a last batch of 1 (drop_last off): too small for 2 ranks, left out
    let out = dir.join("short");
    let (code, err) = ranks(2, &vaegan_args(&data, &out, "5", "1"));
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("epoch 0 batch 3: its 1 item(s) cannot be split over 2 ranks; left out"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_ranks_train_the_lstm_prior_as_one_process_does() {
    let dir = scratch("prior");
    let data = small_data(&dir);
    // a VQ-VAE (one process, one epoch) and its code maps, then the prior on them twice
    let base = dir.join("base");
    std::fs::create_dir_all(&base).unwrap();
    let config = vqvae_config(&base, &data);
    let c = config.to_str().unwrap();
    let (code, err) = alone(&["vqvae", "train", "--quiet", "--config", c, "--epochs", "1"]);
    assert_eq!(code, 0, "{err}");
    let enc = dir.join("encodings.safetensors");
    let (code, err) = alone(&[
        "vqvae",
        "encode",
        "--config",
        c,
        "--out",
        enc.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let run = |n: usize| {
        let sub = dir.join(format!("prior-{n}"));
        std::fs::create_dir_all(&sub).unwrap();
        let config = vqvae_config(&sub, &data);
        let args = [
            "lstm-prior",
            "train",
            "--quiet",
            "--config",
            config.to_str().unwrap(),
            "--encodings",
            enc.to_str().unwrap(),
        ];
        let (code, err) = if n == 1 {
            alone(&args)
        } else {
            ranks(n, &args)
        };
        assert_eq!(code, 0, "{n}: {err}");
        columns(&sub.join("task/lstm_metrics.csv"), &["loss"])
    };
    assert_close(&run(1), &run(2), "LSTM prior, 1 process vs 2 ranks");
    let _ = std::fs::remove_dir_all(&dir);
}

/// SyncBatchNorm and the differentiable sum over ranks, from the library: this test binary
/// runs `sync_batch_norm_rank` under `mpirun -np 2`, each rank normalising its part of an
/// uneven batch (3 + 2 items), and each rank compares its part of the output, of the input's
/// gradient, and the summed weight and bias gradients and running statistics with an f64
/// reference over the whole batch.
#[test]
fn sync_batch_norm_normalises_and_differentiates_over_the_global_batch() {
    let (code, err) = finish(ranks_of_test("sync_batch_norm_rank"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("sync batch norm matches").count(), 2, "{err}");
}

/// One rank of the test above; does nothing outside `mpirun` (WGTRAIN_DP_CHILD unset).
#[test]
fn sync_batch_norm_rank() {
    use wgtrain::autograd::{backward, Var};
    use wgtrain::gpu::{Gpu, Tensor};
    if !is_rank_of_test() {
        return;
    }
    let world = wgtrain::dist::init().unwrap();
    assert_eq!(world.size(), 2);
    let gpu = Gpu::from_env().unwrap();
    let (n, c, inner) = (5usize, 3usize, 4usize);
    let vals = |seed: u64, len: usize| -> Vec<f32> {
        let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..len)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                ((s >> 40) as f32 / (1u64 << 24) as f32) * 4.0 - 2.0
            })
            .collect()
    };
    let (x, dy, w, b) = (
        vals(1, n * c * inner),
        vals(2, n * c * inner),
        vals(3, c),
        vals(4, c),
    );
    let share = world.share(n);
    let per = c * inner;
    let part = |v: &[f32]| v[share.start * per..(share.start + share.len) * per].to_vec();
    let shape = [share.len, c, inner];
    let xv = Var::param(Tensor::from_f32(&gpu, &part(&x), &shape).unwrap());
    let wv = Var::param(Tensor::from_f32(&gpu, &w, &[c]).unwrap());
    let bv = Var::param(Tensor::from_f32(&gpu, &b, &[c]).unwrap());
    let rm = Tensor::from_f32(&gpu, &[0.0; 3], &[c]).unwrap();
    let rv = Tensor::from_f32(&gpu, &[1.0; 3], &[c]).unwrap();
    let y = xv.batch_norm(&wv, &bv, &rm, &rv, 0.1, 1e-5, true).unwrap();
    // the global loss Σ dy·y is the sum of the ranks' parts
    let dyv = Var::constant(Tensor::from_f32(&gpu, &part(&dy), &shape).unwrap());
    let loss = y.mul(&dyv).unwrap().sum().unwrap();
    let g = backward(&loss, &[&xv, &wv, &bv]).unwrap();
    let (gx, gw, gb) = (
        g[0].as_ref().unwrap().value().clone(),
        g[1].as_ref().unwrap().value().clone(),
        g[2].as_ref().unwrap().value().clone(),
    );
    world.sum_tensors(&[&gw, &gb]).unwrap();

    // f64 reference over the whole batch
    let at = |v: &[f32], i: usize, ch: usize, k: usize| v[(i * c + ch) * inner + k] as f64;
    let count = (n * inner) as f64;
    let (mut y_ref, mut dx_ref) = (vec![0.0; n * per], vec![0.0; n * per]);
    let (mut dw_ref, mut db_ref, mut rm_ref, mut rv_ref) =
        (vec![0.0; c], vec![0.0; c], vec![0.0; c], vec![0.0; c]);
    for ch in 0..c {
        let items = || (0..n).flat_map(|i| (0..inner).map(move |k| (i, k)));
        let mean = items().map(|(i, k)| at(&x, i, ch, k)).sum::<f64>() / count;
        let var = items()
            .map(|(i, k)| (at(&x, i, ch, k) - mean).powi(2))
            .sum::<f64>()
            / count;
        let rstd = 1.0 / (var + 1e-5).sqrt();
        let xhat = |i, k| (at(&x, i, ch, k) - mean) * rstd;
        db_ref[ch] = items().map(|(i, k)| at(&dy, i, ch, k)).sum();
        dw_ref[ch] = items().map(|(i, k)| at(&dy, i, ch, k) * xhat(i, k)).sum();
        rm_ref[ch] = 0.1 * mean;
        rv_ref[ch] = 0.9 + 0.1 * var * count / (count - 1.0);
        for (i, k) in items() {
            let j = (i * c + ch) * inner + k;
            y_ref[j] = xhat(i, k) * w[ch] as f64 + b[ch] as f64;
            // dx = w·rstd·(dy − mean(dy) − x̂·mean(dy·x̂)), the means over the channel
            dx_ref[j] = w[ch] as f64
                * rstd
                * (at(&dy, i, ch, k) - db_ref[ch] / count - xhat(i, k) * dw_ref[ch] / count);
        }
    }
    let close = |got: Vec<f32>, want: &[f64], what: &str| {
        let scale = want.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        for (g, w) in got.iter().zip(want) {
            // a few f32 sums of 20 terms each, relative to the largest value
            assert!(
                (*g as f64 - w).abs() <= 1e-5 * scale,
                "rank {}: {what}: {g} vs {w}",
                world.rank()
            );
        }
    };
    let mine = |v: &[f64]| v[share.start * per..(share.start + share.len) * per].to_vec();
    close(y.value().to_f32().unwrap(), &mine(&y_ref), "output");
    close(gx.to_f32().unwrap(), &mine(&dx_ref), "input gradient");
    close(gw.to_f32().unwrap(), &dw_ref, "weight gradient");
    close(gb.to_f32().unwrap(), &db_ref, "bias gradient");
    close(rm.to_f32().unwrap(), &rm_ref, "running mean");
    close(rv.to_f32().unwrap(), &rv_ref, "running variance");
    eprintln!("rank {}: sync batch norm matches", world.rank());
    wgtrain::dist::finalize();
}

/// A rank killed mid-run (SIGKILL: no error message, no MPI_Abort of its own) ends the job:
/// mpirun notices and stops the other rank, which may be waiting for it in a gradient sum;
/// nothing hangs, and the checkpoint rank 0 wrote before is whole (written atomically).
#[test]
fn a_rank_that_dies_ends_the_job_and_leaves_whole_checkpoints() {
    let dir = scratch("dies");
    let data = small_data(&dir);
    let out = dir.join("run");
    let mut args = pokemon_args(data.to_str().unwrap(), out.to_str().unwrap(), "5");
    let at = args.iter().position(|a| *a == "--epochs").unwrap();
    args[at + 1] = "2000"; // far more than the test waits for
    let mut cmd = mpirun();
    cmd.args(["-np", "2", env!("CARGO_BIN_EXE_wgtrain")])
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let mut job = cmd.spawn().unwrap();
    let run_dir = PathBuf::from(format!(
        "{}_lr0.001_epoch2000_latent4_hidden32",
        out.display()
    ));
    // training is under way once rank 0 has written epoch 0's checkpoint
    let start = Instant::now();
    while !run_dir.join("checkpoint_0.safetensors").exists() {
        assert!(job.try_wait().unwrap().is_none(), "the job ended early");
        assert!(start.elapsed() < Duration::from_secs(120), "no checkpoint");
        std::thread::sleep(Duration::from_millis(100));
    }
    // rank 1: the launched process whose environment says so
    let rank1 = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|pid| {
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let has = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
            has(&environ, b"OMPI_COMM_WORLD_RANK=1\0") && has(&cmdline, run_dir_arg(&out))
        })
        .expect("rank 1's process");
    let killed = Command::new("kill")
        .args(["-9", &rank1.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let t0 = Instant::now();
    let status = loop {
        if let Some(s) = job.try_wait().unwrap() {
            break s;
        }
        if t0.elapsed() > Duration::from_secs(120) {
            let _ = job.kill();
            panic!("the job still runs 2 minutes after rank 1 died: a hang");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(!status.success());
    let mut err = String::new();
    use std::io::Read;
    job.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert!(err.contains("rank 1"), "{err}");
    // every checkpoint there is whole, and no temporary file is left as one
    for e in std::fs::read_dir(&run_dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("checkpoint_") && name.ends_with(".safetensors") {
            wgtrain::io::checkpoint::load(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The bytes of the `--output-dir` value in a process's command line (NUL-terminated).
fn run_dir_arg(out: &Path) -> &'static [u8] {
    let mut v = out.to_str().unwrap().as_bytes().to_vec();
    v.push(0);
    Box::leak(v.into_boxed_slice())
}

/// The scene trainer's steps, from the library (the command-line test below runs the first
/// epochs, which are all teacher-forced): this test binary runs `scene_steps_rank` under
/// `mpirun -np 2`, each rank stepping on its part of uneven batches (3 + 2 texts), with dropout,
/// in both caption modes, for the VAE bottleneck and then the plain one (BatchNorm1d over the
/// global batch), and rank 0 writes the steps' reports; one process then takes the same steps
/// on the whole batches and must report the same values.
///
/// Tolerance: as the file's, relative to max(|value|, 0.04). The edge term is (m − 0.2)² with
/// the mean edge m near 0.2, so an error ε·m of m moves it by 2|m − 0.2|·ε·m, far more than ε
/// of its tiny value but less than ε·0.04 (m < 0.3 in these scenes). A free-running step whose
/// ranks stopped drawing captions at their own rows' end (not the global batch's) or drew at
/// their local row numbers changes the caption term and the consistency by percents.
#[test]
fn two_ranks_take_the_scene_steps_one_process_takes() {
    let dir = scratch("scene-steps");
    let out = dir.join("rank0.txt");
    let mut cmd = ranks_of_test("scene_steps_rank");
    cmd.env("WGTRAIN_DP_OUT", &out);
    let (code, err) = finish(cmd);
    assert_eq!(code, 0, "{err}");
    let two: Vec<Vec<f64>> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| l.split(',').map(|v| v.parse().unwrap()).collect())
        .collect();
    let one = scene_steps(None);
    assert_eq!(one.len(), two.len());
    let mut worst = 0.0f64;
    for (s, (a, b)) in one.iter().zip(&two).enumerate() {
        for (k, (x, y)) in a.iter().zip(b).enumerate() {
            let rel = (x - y).abs() / x.abs().max(0.04);
            assert!(
                rel <= RELATIVE,
                "step {s} value {k}: {x} vs {y} ({rel:.2e})"
            );
            worst = worst.max(rel);
        }
    }
    eprintln!("scene steps, 1 process vs 2 ranks: at most {worst:.1e}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// One rank of the test above; does nothing outside `mpirun` (WGTRAIN_DP_CHILD unset).
#[test]
fn scene_steps_rank() {
    if !is_rank_of_test() {
        return;
    }
    let world = wgtrain::dist::init().unwrap();
    assert_eq!(world.size(), 2);
    let rows = scene_steps(Some(world));
    if world.is_root() {
        let text: Vec<String> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|v| format!("{v:e}"))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect();
        std::fs::write(std::env::var_os("WGTRAIN_DP_OUT").unwrap(), text.join("\n")).unwrap();
    }
    wgtrain::dist::finalize();
}

/// Four steps (teacher-forced, free-running, free-running, teacher-forced) of tiny scene models
/// on batches of 5 texts, with the VAE bottleneck and then the plain one: on the whole batches
/// (None) or on this rank's part of each; every step's reported values (AR loss and accuracy,
/// the composite loss and its terms).
fn scene_steps(world: Option<&wgtrain::dist::World>) -> Vec<Vec<f64>> {
    let mut rows = scene_steps_of(world, true);
    rows.extend(scene_steps_of(world, false));
    rows
}

fn scene_steps_of(world: Option<&wgtrain::dist::World>, use_vae: bool) -> Vec<Vec<f64>> {
    use wgtrain::models::scene_data::{generate_texts, Vocab};
    use wgtrain::train::scene::{batch_from_texts, LossConfig, SceneTrainer};
    let gpu = wgtrain::gpu::Gpu::from_env().unwrap();
    let texts = generate_texts(20, 4);
    let vocab = Vocab::build(&texts);
    let config = common::tiny_scene_config(use_vae, vocab.len());
    let losses = LossConfig {
        sobel_eps: 1e-6,
        ..LossConfig::default()
    };
    let mut tr = SceneTrainer::new(&gpu, config, losses, 1e-3, 9).unwrap();
    // past the warm-up's zero: the scene step's gradients count from the first step
    tr.global_step = 100;
    let mut rows = vec![];
    for (s, teacher) in [true, false, false, true].into_iter().enumerate() {
        let chunk = &texts[5 * s..5 * s + 5];
        let part = match world {
            Some(w) => {
                let share = w.share(chunk.len());
                tr.set_share(share);
                chunk[share.range()].to_vec()
            }
            None => chunk.to_vec(),
        };
        let batch = batch_from_texts(&gpu, &vocab, &part, 50).unwrap();
        let r = if teacher {
            tr.teacher_forced_step(&batch)
        } else {
            tr.free_running_step(&batch)
        }
        .unwrap();
        assert!(r.skipped.is_none(), "step {s}: {:?}", r.skipped);
        let p = &r.parts;
        rows.push(vec![
            r.ar_loss,
            r.ar_accuracy,
            r.total,
            p.consistency,
            p.kl,
            p.spatial,
            p.diversity,
            p.perceptual,
            p.caption,
        ]);
    }
    rows
}

fn scene_args(out: &str) -> Vec<&str> {
    vec![
        "scene",
        "train",
        "--quiet",
        "--output-dir",
        out,
        "--d-model",
        "16",
        "--n-heads",
        "2",
        "--n-layers",
        "1",
        "--hidden-dim",
        "16",
        "--z-dim",
        "8",
        "--num-samples",
        "30",
        "--batch-size",
        "4",
        "--epochs",
        "2",
        "--lr",
        "1e-3",
        "--log-interval",
        "1",
        "--sobel-eps",
        "1e-6",
        "--seed",
        "3",
    ]
}

/// The scene trainer end to end (the plain bottleneck's BatchNorm1d over the global batch,
/// dropout, validation, best checkpoints): two ranks log what one process logs, and the same
/// bit for bit every time; rank 0 alone writes; a run stopped mid-epoch at two ranks and
/// resumed by one process ends as one process's run.
///
/// Tolerance: the file's, relative to max(|value|, 0.04) (the edge term's reason, above), but
/// for the total-variation and edge terms, which are ill-conditioned in this run: the plain
/// bottleneck normalises four text embeddings of cosine similarity 0.95, so a feature's spread
/// is a small part of its size, and the two terms are made of differences of neighbouring
/// pixels. Measured on one process alone, a rounding-level change (the composed attention
/// instead of the fused kernels, `WGTRAIN_ATTENTION=composed`) moves them by up to 1e-3 of
/// that scale within these 12 steps while every other column stays within 1e-5; two ranks move
/// them as much. They are held to 1e-2: BatchNorm statistics over one rank's
/// texts instead of the batch's change them by far more.
#[test]
fn two_ranks_train_the_scene_models_as_one_process_does_and_the_same_every_time() {
    let dir = scratch("scene");
    let (one, two, again) = (dir.join("one"), dir.join("two"), dir.join("again"));
    let (code, err) = alone(&scene_args(one.to_str().unwrap()));
    assert_eq!(code, 0, "{err}");
    let (code, err) = ranks(2, &scene_args(two.to_str().unwrap()));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("data-parallel: 2 ranks").count(), 1, "{err}");
    let history = [
        "train_loss",
        "ar_loss",
        "ar_accuracy",
        "consistency_loss",
        "spatial_loss",
        "diversity_loss",
        "perceptual_loss",
        "caption_loss",
    ];
    let epochs = [
        "train_loss",
        "val_loss",
        "val_ar_loss",
        "embedding_similarity",
    ];
    let ill_conditioned = ["spatial_loss", "perceptual_loss"];
    let read = |run: &Path| {
        (
            columns(&run.join("logs/history.csv"), &history),
            columns(&run.join("logs/epochs.csv"), &epochs),
        )
    };
    let ((h1, e1), (h2, e2)) = (read(&one), read(&two));
    assert_eq!(h1.len(), 12, "two epochs of 6 batches");
    let mut worst = 0.0f64;
    for (what, a, b) in [("history", &h1, &h2), ("epochs", &e1, &e2)] {
        assert_eq!(a.len(), b.len(), "{what}");
        let names: &[&str] = if what == "history" { &history } else { &epochs };
        for (ra, rb) in a.iter().zip(b) {
            for (&c, (x, y)) in names.iter().zip(ra.iter().zip(rb)) {
                let rel = (x - y).abs() / x.abs().max(0.04);
                let bound = if ill_conditioned.contains(&c) {
                    1e-2
                } else {
                    RELATIVE
                };
                assert!(rel <= bound, "scene {what} {c}: {x} vs {y} ({rel:.2e})");
                if !ill_conditioned.contains(&c) {
                    worst = worst.max(rel);
                }
            }
        }
    }
    eprintln!("scene, 1 process vs 2 ranks: at most {worst:.1e} (but TV and edge terms)");
    let events = event_files(&two.join("logs"));
    assert_eq!(events, 1, "one writer");
    assert!(two.join("sample_generations.png").exists());

    let (code, err) = ranks(2, &scene_args(again.to_str().unwrap()));
    assert_eq!(code, 0, "{err}");
    assert_eq!((h2, e2), read(&again));
    let latest = "checkpoints/checkpoint_latest.safetensors";
    assert_eq!(tensors(&two.join(latest)), tensors(&again.join(latest)));

    // stopped mid-epoch at two ranks, resumed by one process: the run one process makes
    let mixed = dir.join("mixed");
    let args = scene_args(mixed.to_str().unwrap());
    let (code, err) = ranks(2, &[&args[..], &["--stop-after-batches", "3"]].concat());
    assert_eq!(code, 0, "{err}");
    let (code, err) = alone(&[&args[..], &["--resume"]].concat());
    assert_eq!(code, 0, "{err}");
    let e3 = columns(&mixed.join("logs/epochs.csv"), &epochs);
    assert_close(&e1, &e3, "scene, 2 ranks then 1 process vs 1 process");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A batch with fewer texts than ranks is left out, and the scene's draw counter moves as one
/// process's step on it moves it: 9 training texts in batches of 4, 4 and 1 (the VAE
/// bottleneck keeps the last), one epoch. Two ranks (`scene_left_out_rank` under `mpirun`)
/// leave the third batch out; their checkpoint must count the attempts one process counts, so
/// every later draw (dropout, noise, the caption mode) is the one process's.
#[test]
fn a_left_out_scene_batch_moves_the_draws_as_one_process_does() {
    let dir = scratch("scene-left-out");
    let mut cmd = ranks_of_test("scene_left_out_rank");
    cmd.env("WGTRAIN_DP_OUT", dir.join("two"));
    let (code, err) = finish(cmd);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("left out"), "{err}");
    scene_left_out_run(&dir.join("one"));
    let attempts = |run: &str| {
        let ck = dir
            .join(run)
            .join("checkpoints/checkpoint_latest.safetensors");
        wgtrain::train::scene::SceneTrainer::open(&ck)
            .unwrap()
            .state
            .attempts
    };
    assert_eq!(attempts("one"), 3);
    assert_eq!(attempts("two"), attempts("one"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// One rank of the test above; does nothing outside `mpirun` (WGTRAIN_DP_CHILD unset).
#[test]
fn scene_left_out_rank() {
    if !is_rank_of_test() {
        return;
    }
    wgtrain::dist::init().unwrap();
    scene_left_out_run(Path::new(&std::env::var_os("WGTRAIN_DP_OUT").unwrap()));
    wgtrain::dist::finalize();
}

/// One epoch of the tiny scene models over 12 texts (9 for training) into `dir`.
fn scene_left_out_run(dir: &Path) {
    use wgtrain::train::scene::run::{train, SceneRun};
    let gpu = wgtrain::gpu::Gpu::from_env().unwrap();
    let run = SceneRun {
        config: common::tiny_scene_config(true, 0),
        epochs: 1,
        batch_size: 4,
        lr: 1e-3,
        num_samples: 12,
        seed: Some(5),
        log_dir: dir.join("logs"),
        checkpoint_dir: dir.join("checkpoints"),
        samples_out: dir.join("samples.png"),
        progress: false,
        ..SceneRun::default()
    };
    train(&gpu, &run, &mut |m| eprintln!("{m}")).unwrap();
}
