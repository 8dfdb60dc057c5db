"$XT_PREP_DIR/ustk"
