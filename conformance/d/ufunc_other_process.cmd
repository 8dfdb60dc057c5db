"$XT_PREP_DIR/dsymrun" "$XT_PREP_DIR/dsymkid"
