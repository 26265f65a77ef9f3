# f-string format specs nested too deeply
x = f'{1:{1:{1:{1}}}}'
