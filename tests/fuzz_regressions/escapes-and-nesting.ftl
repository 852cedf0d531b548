regression-title = ]0;owned title ‮
regression-x = { $a ->
   [one] { $b ->
      *[other] x
   }
  *[other] { -missing-term }
}
