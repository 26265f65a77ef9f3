# blank lines and whitespace only
   

	
  
