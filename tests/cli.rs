//! The command line: help text, clear errors with the right exit codes, and one real command.
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

use std::process::Command;

fn wgtrain(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn help_lists_every_command() {
    let (code, out, _) = wgtrain(&["--help"]);
    assert_eq!(code, 0);
    for c in [
        "devices",
        "check",
        "bench",
        "demo",
        "data",
        "pokemon-vae",
        "vqvae",
        "lstm-prior",
        "vaegan",
        "scene",
    ] {
        assert!(out.contains(c), "{c} missing from --help:\n{out}");
    }
    // every trainer's help spells its flags in dash-case and offers the shared ones
    for cmd in [
        ["pokemon-vae", "train"],
        ["vqvae", "train"],
        ["lstm-prior", "train"],
        ["vaegan", "train"],
        ["scene", "train"],
    ] {
        let (code, out, _) = wgtrain(&[cmd[0], cmd[1], "--help"]);
        assert_eq!(code, 0);
        let underscored: Vec<&str> = out
            .split_whitespace()
            .filter(|w| w.starts_with("--") && w.contains('_'))
            .collect();
        assert!(underscored.is_empty(), "{cmd:?}: {underscored:?}\n{out}");
        for flag in [
            "--resume [<PATH|latest>]",
            "--overwrite",
            "--keep-last",
            "--weights-only",
            "--faithful",
            "--config",
            "--backend",
            "--amp",
        ] {
            assert!(out.contains(flag), "{cmd:?}: {flag} missing:\n{out}");
        }
    }
    // the original projects' spellings still parse (the unknown flag after them is what fails)
    let originals: [(&str, &[&str]); 2] = [
        (
            "scene",
            &[
                "--d_model 1",
                "--n_heads 1",
                "--n_layers 1",
                "--hidden_dim 1",
                "--z_dim 1",
                "--use_vae",
                "--dropout 0.1",
                "--epochs 1",
                "--batch_size 1",
                "--lr 0.1",
                "--train_split 0.5",
                "--use_amp",
                "--lambda_reconstruction 1",
                "--lambda_kl 1",
                "--lambda_spatial 1",
                "--lambda_diversity 1",
                "--lambda_perceptual 1",
                "--lambda_consistency 1",
                "--num_samples 1",
                "--seed 1",
                "--log_dir x",
                "--checkpoint_dir x",
                "--log_interval 1",
            ],
        ),
        (
            "pokemon-vae",
            &[
                "--hidden_size 1",
                "--latent_size 1",
                "--batch_size 1",
                "--output_dir x",
                "--epoch 1",
                "--save_period 1",
                "--warmup_epochs 1",
                "--min_lr 0.1",
            ],
        ),
    ];
    for (model, flags) in originals {
        for flag in flags {
            let mut args = vec![model, "train"];
            args.extend(flag.split(' '));
            args.push("--not-a-flag");
            let (code, _, err) = wgtrain(&args);
            assert_eq!(code, 2, "{flag}: {err}");
            assert!(
                err.contains("unexpected argument '--not-a-flag'"),
                "{model} {flag} was not accepted: {err}"
            );
        }
    }
    // `data` runs on the CPU: no device flags, after its name or before
    let (_, out, _) = wgtrain(&["data", "fit-sprites", "--help"]);
    assert!(!out.contains("--backend"), "{out}");
    let (code, _, err) = wgtrain(&[
        "--backend",
        "gl",
        "data",
        "fit-sprites",
        "--src",
        "a",
        "--out",
        "b",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("run on the CPU"), "{err}");
    // help names the original projects, not internal seed numbers
    let (_, out, _) = wgtrain(&["--help"]);
    for project in [
        "CFTN",
        "VAE_Pokemon",
        "visual-scene-generation",
        "RNN-with-Dynamic",
    ] {
        assert!(out.contains(project), "{project} missing:\n{out}");
    }
    assert!(!out.contains("seed 00"), "{out}");
}

/// `--config FILE` on a trainer whose settings are flags: the file's values are used, a flag
/// overrides one, the run writes its effective settings (which `--config` takes back), and an
/// unknown key is refused naming the file.
#[test]
fn config_files_with_flag_overrides_and_the_settings_a_run_writes() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/emoji40");
    let prefix = dir.join("run");
    let config = dir.join("pokemon.toml");
    std::fs::write(
        &config,
        format!(
            "data = {data:?}\nhidden_size = 8\nlatent-size = 2\nbatch-size = 256\nepochs = 5\n\
             output-dir = {:?}\nwarmup-epochs = 1\nsave-period = 1\n",
            prefix.to_str().unwrap()
        ),
    )
    .unwrap();
    let (code, out, err) = wgtrain(&[
        "pokemon-vae",
        "train",
        "--quiet",
        "--config",
        config.to_str().unwrap(),
        "--epochs",
        "2",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let run = dir.join("run_lr0.0005_epoch2_latent2_hidden8");
    let written = std::fs::read_to_string(run.join("pokemon-vae-config.toml")).unwrap();
    for line in [
        "epochs = 2",
        "hidden-size = 8",
        "latent-size = 2",
        "batch-size = 256",
    ] {
        assert!(written.contains(line), "{line} missing:\n{written}");
    }
    assert!(
        err.contains("settings (") && err.contains("epochs=2"),
        "{err}"
    );
    // the written file is a config: the same settings again (refused only as an earlier run)
    let (code, _, err) = wgtrain(&[
        "pokemon-vae",
        "train",
        "--config",
        run.join("pokemon-vae-config.toml").to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("earlier run") && err.contains("epoch2"),
        "{err}"
    );
    std::fs::write(&config, "hiden_size = 8\n").unwrap();
    let (code, _, err) = wgtrain(&["pokemon-vae", "train", "--config", config.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("pokemon.toml") && err.contains("hiden_size") && err.contains("hidden-size"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--resume latest` (and a bare `--resume`) with nothing to continue is an error naming the
/// place, in trainers with numbered checkpoints and in those with one file.
#[test]
fn resume_latest_without_a_checkpoint_says_so() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-latest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join("run");
    let (code, _, err) = wgtrain(&[
        "pokemon-vae",
        "train",
        "--output-dir",
        prefix.to_str().unwrap(),
        "--resume",
        "latest",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no checkpoint") && err.contains("run_lr"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&[
        "vaegan",
        "train",
        "--output-dir",
        dir.join("gan").to_str().unwrap(),
        "--resume",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no checkpoint") && err.contains("gan"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&[
        "scene",
        "train",
        "--checkpoint-dir",
        dir.join("ck").to_str().unwrap(),
        "--resume",
        "latest",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no checkpoint") && err.contains("ck"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_names_are_errors_that_list_the_choices() {
    let (code, _, err) = wgtrain(&["check", "--kernel", "no_such_kernel"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no_such_kernel") && err.contains("matmul"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&[
        "--adapter",
        "no-such-adapter-9",
        "check",
        "--kernel",
        "unary",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no-such-adapter-9") && err.contains("Adapters that exist"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&["bench", "--only", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope") && err.contains("matmul_1024"), "{err}");
}

#[test]
fn lstm_prior_generate_explains_its_flags_and_refuses_a_bad_temperature() {
    let (_, out, _) = wgtrain(&["lstm-prior", "generate", "--help"]);
    for flag in [
        "--count",
        "--temperature",
        "--window",
        "--seed",
        "--weights",
        "--vqvae-weights",
    ] {
        assert!(out.contains(flag), "{flag} missing:\n{out}");
    }
    let cfg = concat!(env!("CARGO_MANIFEST_DIR"), "/configs/vqvae_tiny.toml");
    let (code, _, err) = wgtrain(&[
        "lstm-prior",
        "generate",
        "--config",
        cfg,
        "--temperature=-1",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("temperature"), "{err}");
    // a window longer than a code map (4x4 = 16 codes here) ran for hours without a word
    let (code, _, err) = wgtrain(&[
        "lstm-prior",
        "generate",
        "--config",
        cfg,
        "--window",
        "100000",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--window = 100000") && err.contains("1..=16"),
        "{err}"
    );
}

#[test]
fn vaegan_names_a_wrong_update_size_and_a_flat_folder() {
    let (code, _, err) = wgtrain(&["vaegan", "train", "--weight-update-size", "1000"]);
    assert_eq!(code, 2);
    assert!(err.contains("1000") && err.contains("1344"), "{err}");
    let flat = std::env::temp_dir().join(format!("wgtrain-cli-flat-{}", std::process::id()));
    std::fs::create_dir_all(&flat).unwrap();
    let (code, _, err) = wgtrain(&[
        "vaegan",
        "train",
        "--data",
        flat.to_str().unwrap(),
        "--image-size",
        "8",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("<class>"), "{err}");
}

/// `--amp` where the adapter has no shader-f16 (llvmpipe's GL): refused before anything is
/// read or written, naming the adapter and the feature (the trainers that need no data
/// download to get that far).
#[test]
fn amp_without_shader_f16_is_refused_naming_the_adapter() {
    let (code, out, _) = wgtrain(&["devices", "--backend", "gl"]);
    if code != 0 || !out.contains("f16 false") {
        eprintln!("no GL adapter without f16 here; skipping:\n{out}");
        return;
    }
    let dir = std::env::temp_dir().join(format!("wgtrain-amp-gl-{}", std::process::id()));
    let out_dir = dir.join("run").display().to_string();
    for args in [
        vec!["pokemon-vae", "train", "--output-dir", &out_dir],
        vec!["scene", "train", "--checkpoint-dir", &out_dir],
    ] {
        let mut args = args;
        args.extend(["--amp", "--backend", "gl"]);
        let (code, _, err) = wgtrain(&args);
        assert_ne!(code, 0, "{args:?}");
        assert!(
            err.contains("--amp") && err.contains("shader-f16") && err.contains("llvmpipe"),
            "{args:?}: {err}"
        );
    }
    assert!(!dir.exists(), "a refused run wrote {}", dir.display());
}

#[test]
fn a_missing_weights_file_is_named() {
    let (code, _, err) = wgtrain(&[
        "pokemon-vae",
        "sample",
        "--weights",
        "/nonexistent/w.safetensors",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/w.safetensors"), "{err}");
}

#[test]
fn check_runs_one_family_and_reports_a_table() {
    let (code, out, _) = wgtrain(&["check", "--kernel", "softmax"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("softmax") && out.contains("passed, 0 failed"),
        "{out}"
    );
}

#[test]
fn scene_commands_name_bad_options_and_missing_checkpoints() {
    let (code, _, err) = wgtrain(&["scene", "train", "--d_model", "30", "--n_heads", "8"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--d-model 30") && err.contains("--n-heads 8"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&["scene", "train", "--train_split", "1.5"]);
    assert_eq!(code, 2);
    assert!(err.contains("--train-split 1.5"), "{err}");
    let empty = std::env::temp_dir().join(format!("wgtrain-cli-noscene-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let (code, _, err) = wgtrain(&[
        "scene",
        "sample",
        "--text",
        "a red ball",
        "--checkpoint_dir",
        empty.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("checkpoint_epoch_N") && err.contains("scene train"),
        "{err}"
    );
    let (code, _, err) = wgtrain(&[
        "scene",
        "sample",
        "--text",
        "a red ball",
        "--checkpoint",
        "/nonexistent/c.safetensors",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/c.safetensors"), "{err}");
}

/// The one-shot GPU report in its quick form, on whatever adapter this machine has: every
/// file it promises, the checks all passing, the peak rows and the variant rows in the report.
#[test]
fn gpu_report_quick_writes_every_file() {
    let out = std::env::temp_dir().join(format!("wgtrain-gpu-report-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let status = Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/gpu-report.sh"
        ))
        .arg(&out)
        .env("GPU_REPORT_QUICK", "1")
        .env("WGTRAIN_BIN", env!("CARGO_BIN_EXE_wgtrain"))
        .output()
        .expect("bash runs");
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(status.status.success(), "{stderr}");
    assert!(
        stderr.contains("[gpu-report +"),
        "no progress lines: {stderr}"
    );
    for f in [
        "devices.txt",
        "check.jsonl",
        "check-lanes.jsonl",
        "bench.jsonl",
        "report.md",
    ] {
        assert!(out.join(f).exists(), "{f} missing");
    }
    let check = std::fs::read_to_string(out.join("check.jsonl")).unwrap();
    assert!(check.contains("\"matmul/tiled128\"") && !check.contains("\"pass\":false"));
    // the workgroup-memory kernels again, renumbered (lane order 3)
    let lanes = std::fs::read_to_string(out.join("check-lanes.jsonl")).unwrap();
    assert!(lanes.contains("\"pass\":true") && !lanes.contains("\"pass\":false"));
    let bench = std::fs::read_to_string(out.join("bench.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = bench
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows.iter().any(|r| r["workload"] == "peak_fma"));
    // matmul_1024: the auto row, then one row per matmul variant, exactly one marked as auto's
    let mm: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["workload"] == "matmul_1024")
        .collect();
    assert!(mm.len() >= 3, "{bench}");
    assert_eq!(
        mm.iter().filter(|r| r["auto_pick"] == true).count(),
        1,
        "{bench}"
    );
    assert!(mm.iter().all(|r| r["pct_of_peak"].as_f64().is_some()));
    let report = std::fs::read_to_string(out.join("report.md")).unwrap();
    assert!(report.contains("# wgtrain GPU report") && report.contains("matmul/tiled64"));
    let _ = std::fs::remove_dir_all(&out);
}

/// The im2col convolutions slice the batch when the column buffer would pass the binding
/// limit (here lowered to a few KiB so the check's small shapes are sliced): same results.
#[test]
fn im2col_convolutions_slice_the_batch_and_stay_correct() {
    let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
        .args(["check", "--kernel", "conv"])
        .env("WGTRAIN_IM2COL_CHUNK_BYTES", "2048")
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("conv/conv2d_backward_weight/im2col"),
        "{stdout}"
    );
}

/// `--deterministic` is accepted by every command; an unknown WGTRAIN_AUTOTUNE value is an
/// error that lists the values.
#[test]
fn autotune_flag_and_environment() {
    let (code, out, err) = wgtrain(&["--deterministic", "check", "--kernel", "peak"]);
    assert_eq!(code, 0, "{out}{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
        .args(["check", "--kernel", "peak"])
        .env("WGTRAIN_AUTOTUNE", "fast")
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("WGTRAIN_AUTOTUNE") && err.contains("off, on, refresh"),
        "{err}"
    );
}

/// A second run into a run directory that a live run holds is refused, naming the holder;
/// Ctrl-C stops a trainer at its next safe point with a checkpoint, and the process exits 130
/// (an interrupted command), not 0.
#[test]
fn a_second_run_is_refused_and_ctrl_c_saves_and_exits_130() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-sigint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let prefix = dir.join("run");
    let args = [
        "pokemon-vae",
        "train",
        "--hidden_size",
        "16",
        "--latent_size",
        "2",
        "--batch_size",
        "64",
        "--epoch",
        "100000",
        "--save_period",
        "1",
        "--quiet",
        "--output_dir",
        prefix.to_str().unwrap(),
    ];
    let mut child = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the first checkpoint says the handler is installed and training is under way
    let checkpoints = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().is_dir())
            .flat_map(|d| std::fs::read_dir(d.path()).unwrap().flatten())
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("checkpoint_")
            })
            .collect()
    };
    let start = std::time::Instant::now();
    while checkpoints().is_empty() {
        assert!(start.elapsed().as_secs() < 300, "no checkpoint after 300 s");
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the trainer ended early: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let (code, _, err) = wgtrain(&args);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("another run") && err.contains(&child.id().to_string()),
        "{err}"
    );
    let before = checkpoints().len();
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");
    assert!(checkpoints().len() > before, "no checkpoint at the stop");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Without XDG_RUNTIME_DIR (headless machines), probing the adapters prints no stray errors.
#[test]
fn no_runtime_dir_errors_on_a_headless_machine() {
    let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
        .arg("devices")
        .env_remove("XDG_RUNTIME_DIR")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("XDG_RUNTIME_DIR"), "{err}");
}

/// NaN, infinite and negative learning rates (and other numeric settings out of range) are
/// refused up front, naming the setting, in the trainers that accepted them.
#[test]
fn numeric_settings_out_of_range_are_refused() {
    let tiny = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/configs/vqvae_tiny.toml"
    ))
    .unwrap();
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-numbers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // (section, key, bad value, what the error must name)
    for (section, key, value, named) in [
        ("[train_params]", "lr", "nan", "lr = NaN"),
        ("[train_params]", "lr", "-1.0", "lr = -1"),
        ("[model_params]", "decay", "1.5", "decay = 1.5"),
        ("[lstm_params]", "lr", "inf", "lr = inf"),
    ] {
        // the section with its `key = ...` line dropped and the bad one put first
        let mut out = String::new();
        let mut in_section = false;
        for line in tiny.lines() {
            if line.starts_with('[') {
                in_section = line.trim() == section;
            }
            if in_section && line.split('=').next().unwrap().trim() == key {
                continue;
            }
            out += line;
            out += "\n";
            if in_section && line.trim() == section {
                out += &format!("{key} = {value}\n");
            }
        }
        let path = dir.join("bad.toml");
        std::fs::write(&path, out).unwrap();
        let (code, _, err) = wgtrain(&["vqvae", "train", "--config", path.to_str().unwrap()]);
        assert_eq!(code, 2, "{section} {key} = {value}: {err}");
        assert!(err.contains(named), "{section} {key} = {value}: {err}");
    }
    for (flag, value) in [
        ("--lr", "nan"),
        ("--lr", "0"),
        ("--lr", "1e30"),
        ("--lambda-gp", "-1"),
    ] {
        let (code, _, err) = wgtrain(&["vaegan", "train", &format!("{flag}={value}")]);
        assert_eq!(code, 2, "{flag} {value}: {err}");
        assert!(err.contains(flag), "{flag} {value}: {err}");
    }
    // trained on to weights near 1e30 and kept them as "the last good" checkpoint
    for args in [
        &["pokemon-vae", "train", "--lr", "1e30"][..],
        &["scene", "train", "--lr", "2"][..],
    ] {
        let (code, _, err) = wgtrain(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("--lr") && err.contains("(0, 1]"),
            "{args:?}: {err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A checkpoint of another model given to `vqvae reconstruct`: the error names the file.
#[test]
fn a_foreign_checkpoint_is_named() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-foreign-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let foreign = dir.join("other_model.safetensors");
    let t = wgtrain::io::checkpoint::NamedTensor {
        name: "fc.weight".into(),
        shape: vec![2],
        data: vec![1.0, 2.0],
    };
    wgtrain::io::checkpoint::save(&foreign, &[t], &Default::default()).unwrap();
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/configs/vqvae_tiny.toml");
    let (code, _, err) = wgtrain(&[
        "vqvae",
        "reconstruct",
        "--config",
        config,
        "--weights",
        foreign.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("other_model.safetensors"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A run folder holding an earlier run: a fresh run is refused (naming what is there and the
/// two ways on), `--resume` of a finished run says there is nothing to train, `--overwrite`
/// starts over, and `--resume` with `--overwrite` is refused by the parser.
#[test]
fn an_earlier_run_is_neither_overwritten_silently_nor_mixed() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-rerun-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let tiny = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/configs/vqvae_tiny.toml"
    ))
    .unwrap();
    let task = dir.join("task");
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/emoji40");
    let config = tiny
        .replace(
            "task_name = \"runs/vqvae_tiny\"",
            &format!("task_name = {:?}", task.to_str().unwrap()),
        )
        .replace("data = \"data/emoji40\"", &format!("data = {data:?}"));
    let path = dir.join("tiny.toml");
    std::fs::write(&path, config).unwrap();
    let train = |extra: &[&str]| {
        // the file says 2 epochs; the flag overrides it
        let mut args = vec![
            "vqvae",
            "train",
            "--quiet",
            "--config",
            path.to_str().unwrap(),
            "--epochs",
            "1",
        ];
        args.extend(extra);
        wgtrain(&args)
    };
    let (code, out, err) = train(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("epochs 0..=0 of 0..1 done"), "{out}");
    // the effective settings, overrides included, are written into the task folder
    let written = std::fs::read_to_string(task.join("vqvae-config.toml")).unwrap();
    assert!(
        written.contains("epochs = 1") && written.contains("[model_params]"),
        "{written}"
    );
    // the working default: the EMA cold start fixed (the tiny config does not say)
    assert!(written.contains("fix_cold_start = true"), "{written}");
    let ckpt = task.join("best_vqvae_tiny.safetensors");
    let first = std::fs::read(&ckpt).unwrap();

    let (code, _, err) = train(&[]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("earlier run")
            && err.contains("best_vqvae_tiny.safetensors")
            && err.contains("--overwrite"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&ckpt).unwrap(),
        first,
        "the refusal touched the checkpoint"
    );

    let (code, out, err) = train(&["--resume"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("nothing to train"), "{out}");

    // a stale grid of a longer run is gone after --overwrite
    std::fs::write(task.join("results/epoch_7.png"), "stale").unwrap();
    let (code, _, err) = train(&["--overwrite"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("removed"), "{err}");
    assert!(!task.join("results/epoch_7.png").exists());
    assert!(task.join("results/epoch_0.png").exists());
    // same seed, same data: the same checkpoint, byte for byte
    assert_eq!(std::fs::read(&ckpt).unwrap(), first);
    // --faithful brings the original's cold start back
    let (code, _, err) = train(&["--overwrite", "--faithful"]);
    assert_eq!(code, 0, "{err}");
    let written = std::fs::read_to_string(task.join("vqvae-config.toml")).unwrap();
    assert!(written.contains("fix_cold_start = false"), "{written}");

    let (code, _, err) = train(&["--resume", "--overwrite"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--overwrite"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Model sizes are checked before anything is allocated: the scene models with 100 000 layers
/// (the run grew to 7 GB before) and a Pokemon VAE over the limit are refused with the
/// estimate, the limit and the flags that shrink them; work past WGTRAIN_MEMORY_LIMIT stops at
/// the allocation that would pass it, naming the limit, instead of swapping the machine.
#[test]
fn models_too_big_for_the_memory_are_refused_with_the_estimate() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-memory-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let run = |env: &str, args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
            .args(args)
            .env("WGTRAIN_MEMORY_LIMIT", env)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let logs = dir.join("logs");
    let ckpts = dir.join("checkpoints");
    let start = std::time::Instant::now();
    let (code, err) = run(
        "16GiB",
        &[
            "scene",
            "train",
            "--quiet",
            "--seed",
            "1",
            "--n_layers",
            "100000",
            "--log_dir",
            logs.to_str().unwrap(),
            "--checkpoint_dir",
            ckpts.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("parameters need about")
            && err.contains("WGTRAIN_MEMORY_LIMIT=16GiB")
            && err.contains("--n-layers"),
        "{err}"
    );
    assert!(
        start.elapsed().as_secs() < 60,
        "refused only after {:?}",
        start.elapsed()
    );
    let (code, err) = run(
        "2MiB",
        &[
            "pokemon-vae",
            "train",
            "--quiet",
            "--epoch",
            "1",
            "--output_dir",
            dir.join("pokemon").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("parameters need about")
            && err.contains("WGTRAIN_MEMORY_LIMIT=2MiB")
            && err.contains("--hidden-size"),
        "{err}"
    );
    assert!(!dir
        .join("pokemon_lr0.0005_epoch1_latent16_hidden1024/metrics.csv")
        .exists());
    // past the estimate, the allocation that would pass the limit is refused
    let (code, err) = run(
        "1MiB",
        &[
            "bench",
            "--only",
            "matmul_1024",
            "--iters",
            "1",
            "--warmup",
            "0",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("out of GPU memory") && err.contains("WGTRAIN_MEMORY_LIMIT=1MiB"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Progress when stderr is not a terminal (nohup, CI, Slurm): plain lines with position,
/// loss, it/s, images/s, elapsed and ETA, per batch (the Pokemon VAE's bar moved once an
/// epoch); none under --quiet.
#[test]
fn progress_outside_a_terminal_is_plain_lines_with_rate_and_eta() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-progress-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data/emoji40");
    let run = |quiet: bool, name: &str| {
        let out_dir = dir.join(name);
        let mut args = vec![
            "pokemon-vae",
            "train",
            "--hidden_size",
            "16",
            "--latent_size",
            "2",
            "--batch_size",
            "256",
            "--epoch",
            "2",
            "--data",
            data,
            "--output_dir",
            out_dir.to_str().unwrap(),
        ];
        if quiet {
            args.push("--quiet");
        }
        let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
            .args(&args)
            .env("WGTRAIN_PROGRESS_SECONDS", "0")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let err = run(false, "shown");
    // 1592 images, 1576 for training: 6 full batches of 256 an epoch, 12 in all
    let lines: Vec<&str> = err.lines().filter(|l| l.contains("/12 (")).collect();
    assert_eq!(lines.len(), 12, "{err}");
    assert!(
        lines[0].starts_with("pokemon-vae 1/12 (8%) epoch 0 loss "),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("/12 (") && l.contains("epoch 1")),
        "{err}"
    );
    for l in &lines {
        assert!(
            l.contains(" it/s, ") && l.contains(" img/s · elapsed ") && l.contains(", ETA "),
            "{l}"
        );
    }
    let quiet = run(true, "quiet");
    assert!(!quiet.lines().any(|l| l.contains("/12 (")), "{quiet}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `scene vocab` without a checkpoint lists the generator's words, grouped; a file that is not
/// a scene checkpoint is named.
#[test]
fn scene_vocab_lists_the_words() {
    let dir = std::env::temp_dir().join(format!("wgtrain-cli-vocab-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (code, out, err) = wgtrain(&["scene", "vocab", "--checkpoint-dir", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("no checkpoint"), "{out}");
    assert!(
        out.contains("colors (11): red") && out.contains("actions (5)") && out.contains("boxs"),
        "{out}"
    );
    let other = dir.join("other.safetensors");
    let t = wgtrain::io::checkpoint::NamedTensor {
        name: "w".into(),
        shape: vec![1],
        data: vec![0.0],
    };
    wgtrain::io::checkpoint::save(&other, &[t], &Default::default()).unwrap();
    let (code, _, err) = wgtrain(&["scene", "vocab", "--checkpoint", other.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("other.safetensors") && err.contains("no vocabulary"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// From another working folder the repository's `configs/` and `data/` are still found (beside
/// the executable), and a data folder found nowhere is named with its flag and the script that
/// fetches it.
#[test]
fn paths_are_found_from_any_folder_and_missing_data_is_named_with_its_script() {
    let elsewhere = std::env::temp_dir().join(format!("wgtrain-cli-cwd-{}", std::process::id()));
    std::fs::create_dir_all(&elsewhere).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_wgtrain"))
            .args(args)
            .current_dir(&elsewhere)
            .output()
            .expect("runs");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    // the config is found (the refusal is of its settings, naming where it was found)
    let (code, err) = run(&[
        "vqvae",
        "train",
        "--config",
        "configs/vqvae_tiny.toml",
        "--epochs",
        "0",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("vqvae_tiny.toml") && err.contains("epochs must be positive"),
        "{err}"
    );
    let fetched = concat!(env!("CARGO_MANIFEST_DIR"), "/data/fluent128");
    if !std::path::Path::new(fetched).exists() {
        let (code, err) = run(&["vaegan", "train", "--data", "data/fluent128"]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("data/fluent128")
                && err.contains("--data")
                && err.contains("scripts/fetch-data.sh fluent128"),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&elsewhere);
}
