#!/usr/bin/env python3
"""Convert a checkpoint of the original text -> scene -> text project (a torch.save dict with
`epoch`, `loss`, `models: {ar_model, scene_decoder, caption_network}` and `optimizers`) into a
wgtrain scene checkpoint, which `wgtrain scene sample` reads and `wgtrain scene train --resume`
continues.

The original never saves its vocabulary, and the token ids depend on the sampled corpus,
so it must be given: a JSON list of words in id order, or the dataset's
`vocab` dict (word -> id) dumped as JSON. The attention head count is not visible in the
weights (--n_heads, default 8). The Adam moments are not carried over (the original's
optimizer state is indexed by parameter position, not name): a resumed run starts them at zero.

Usage:
  python3 tools/convert_scene_checkpoint.py checkpoint_epoch_12.pt vocab.json out.safetensors \
      [--n_heads 8] [--dropout 0.1] [--seed 0] [--num_samples 10000] [--batch_size 8] [--epochs 50] [--lr 5e-5]
Needs: torch, safetensors.
"""
import argparse
import json
import math
import torch
from safetensors.torch import save_file


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkpoint")
    ap.add_argument("vocab", help="JSON: list of words in id order, or {word: id}")
    ap.add_argument("out")
    ap.add_argument("--n_heads", type=int, default=8)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0, help="the seed a resumed run draws its data with")
    ap.add_argument("--num_samples", type=int, default=10000)
    ap.add_argument("--batch_size", type=int, default=8)
    ap.add_argument("--epochs", type=int, default=50)
    ap.add_argument("--lr", type=float, default=5e-5)
    a = ap.parse_args()

    ck = torch.load(a.checkpoint, map_location="cpu", weights_only=True)
    models = ck["models"]
    with open(a.vocab) as f:
        v = json.load(f)
    words = v if isinstance(v, list) else [w for w, _ in sorted(v.items(), key=lambda kv: kv[1])]

    ar, dec, cap = models["ar_model"], models["scene_decoder"], models["caption_network"]
    vocab, d = ar["token_embedding.weight"].shape
    if len(words) != vocab:
        raise SystemExit(f"{a.vocab} has {len(words)} words but the checkpoint's embedding has {vocab} rows")
    use_vae = "fc_mu.weight" in dec
    config = {
        "lm": {
            "vocab": vocab,
            "d_model": d,
            "heads": a.n_heads,
            "layers": len({k.split(".")[2] for k in ar if k.startswith("transformer.layers.")}),
            "d_ff": ar["transformer.layers.0.linear1.weight"].shape[0],
            "max_len": ar["pos_encoding.pe"].shape[1],
            "dropout": a.dropout,
        },
        "hidden_dim": cap["lstm.weight_hh_l0"].shape[1],
        "z_dim": (dec["fc_mu.weight"] if use_vae else dec["bottleneck.0.weight"]).shape[0],
        "use_vae": use_vae,
    }
    tensors = {}
    for model, opt, sd in [("ar_model", "ar_optimizer", ar), ("scene_decoder", "decoder_optimizer", dec),
                           ("caption_network", "caption_optimizer", cap)]:
        for k, t in sd.items():
            if k.endswith("num_batches_tracked"):
                continue
            tensors[f"{model}.{k}"] = t.float().contiguous()
            if "running_" not in k and k != "pos_encoding.pe":  # a parameter: fresh Adam moments
                for kind in ("exp_avg", "exp_avg_sq"):
                    tensors[f"optimizer.{kind}.{opt}.{k}"] = torch.zeros_like(t, dtype=torch.float32)
    epoch = int(ck.get("epoch", 0))
    loss = float(ck.get("loss", float("nan")))
    state = {
        "epoch": epoch, "batches_done": 0, "epoch_loss_sum": 0.0, "epoch_loss_count": 0,
        "global_step": 0, "best_val_loss": loss if math.isfinite(loss) else None,
        "base_lrs": [a.lr] * 3, "t_max": a.epochs, "last_epoch": epoch + 1, "seed": a.seed,
        "num_samples": a.num_samples, "train_split": 0.8, "batch_size": a.batch_size,
        "losses": {"lambda_kl": 0.001, "lambda_spatial": 0.1, "lambda_diversity": 0.01,
                   "lambda_perceptual": 0.1, "lambda_consistency": 1.0, "sobel_eps": 0.0,
                   "fix_caption_shift": False, "nan_check_before_step": False},
    }
    meta = {"model": "scene", "engine": f"converted from {a.checkpoint}", "config": json.dumps(config),
            "vocab": json.dumps(words), "state": json.dumps(state)}
    for opt in ("ar_optimizer", "decoder_optimizer", "caption_optimizer"):
        meta[f"adam_steps.{opt}"] = "{}"
    save_file(tensors, a.out, metadata=meta)
    print(f"wrote {a.out}: {config}")


if __name__ == "__main__":
    main()
