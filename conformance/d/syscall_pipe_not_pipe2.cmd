python3 -c 'import os; os.pipe(); os.pipe()'
