"""Release 9 selection: sentence vectors (moderation/sentence.py) as inputs, and their scale.

Same folds and parts as select_r8.py (2-fold CV inside the TRAINING parts only: the
multilingual training part by template, SMS 80 % and news 70 % halved by a salted hash;
YouTube always on the fitting side); every setting starts from release 8's data and
weights ("r8+multi2+ham6"). The frozen multilingual split, the SMS / news hold-outs and
both fresh sets are never read here.

Settings: "r8" (no sentence vectors), "r9@S" (sentence vectors scaled by S).
Rerun: .venv/bin/python bench/moderation/select_r9.py [setting ...] [--thresholds]
"""

from __future__ import annotations

import sys
from pathlib import Path

from salon.moderation import features, train

sys.path.insert(0, str(Path(__file__).parent))
import select_r8  # noqa: E402

SHIPPED_R8 = "r8+multi2+ham6"


def main() -> None:
    thresholds = "--thresholds" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or ["r8", "r9@0.5"]
    class_weight, source_weight = dict(train.CLASS_WEIGHT), dict(train.SOURCE_WEIGHT)
    for name in names:
        train.CLASS_WEIGHT.clear()
        train.CLASS_WEIGHT.update(class_weight)
        train.SOURCE_WEIGHT.clear()
        train.SOURCE_WEIGHT.update(source_weight)
        train.SENTENCES = name != "r8"
        if train.SENTENCES:
            features.SENTENCE_SCALE = float(name.split("@")[1])
        print(f"== {name}")
        select_r8.run(SHIPPED_R8, False, thresholds, False, False)


if __name__ == "__main__":
    main()
