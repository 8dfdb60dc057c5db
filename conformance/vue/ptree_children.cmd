python3 ptree_children.py
