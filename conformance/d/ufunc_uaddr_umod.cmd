"$XT_PREP_DIR/dsymA"
